// The bookmarkable addresses. Each page is its own chunk; the server answers these paths
// with index.html (src/server/web-static.ts), so a shared link opens the right page.
import { lazy, Suspense } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AppLayout } from './layout/app-layout';
import { LanguageSync } from './layout/language-sync';

const HomePage = lazy(() => import('./pages/home/home-page'));
const ExplorePage = lazy(() => import('./pages/explore/explore-page'));
const CountriesPage = lazy(() => import('./pages/country/countries-page'));
const CountryPage = lazy(() => import('./pages/country/country-page'));
const IndicatorsPage = lazy(() => import('./pages/indicators/indicators-page'));
const IndicatorPage = lazy(() => import('./pages/indicators/indicator-page'));
const ReportsPage = lazy(() => import('./pages/reports/reports-page'));
const MethodologyPage = lazy(() => import('./pages/methodology/methodology-page'));
const KnowledgePage = lazy(() => import('./pages/knowledge/knowledge-page'));
const KnowledgeDocumentPage = lazy(() => import('./pages/knowledge/knowledge-document-page'));
const ThreadPage = lazy(() => import('./pages/knowledge/thread-page'));
const WorkspacePage = lazy(() => import('./pages/workspace/workspace-page'));
const ConsolePage = lazy(() => import('./pages/console/console-page'));
const EntryPage = lazy(() => import('./pages/entry/entry-page'));
const TrainingPage = lazy(() => import('./pages/training/training-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));
const TwoFactorPage = lazy(() => import('./pages/account/two-factor-page'));
const DevelopersPage = lazy(() => import('./pages/developers/developers-page'));
const TablesPage = lazy(() => import('./pages/tables/tables-page'));
const TablePage = lazy(() => import('./pages/tables/table-page'));
const EmbedPage = lazy(() => import('./pages/embed/embed-page'));
const ResetPasswordPage = lazy(() => import('./pages/account/reset-password-page'));

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/explore', element: <ExplorePage /> },
      { path: '/countries', element: <CountriesPage /> },
      { path: '/countries/:iso3', element: <CountryPage /> },
      { path: '/indicators', element: <IndicatorsPage /> },
      { path: '/indicators/:id', element: <IndicatorPage /> },
      { path: '/reports/*', element: <ReportsPage /> },
      { path: '/methodology', element: <MethodologyPage /> },
      { path: '/knowledge', element: <KnowledgePage /> },
      { path: '/knowledge/training/*', element: <TrainingPage /> },
      { path: '/knowledge/:slug', element: <KnowledgeDocumentPage /> },
      { path: '/knowledge/threads/:id', element: <ThreadPage /> },
      { path: '/workspace/entry/:table/:country', element: <EntryPage /> },
      { path: '/workspace/*', element: <WorkspacePage /> },
      { path: '/console/*', element: <ConsolePage /> },
      { path: '/account/two-factor', element: <TwoFactorPage /> },
      { path: '/developers', element: <DevelopersPage /> },
      { path: '/tables', element: <TablesPage /> },
      { path: '/tables/:id', element: <TablePage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // A chart for other sites' frames: no header, footer or navigation.
  {
    path: '/embed/:view',
    element: (
      <Suspense fallback={null}>
        <LanguageSync />
        <EmbedPage />
      </Suspense>
    ),
  },
]);

export function AppRoutes() {
  return <RouterProvider router={router} />;
}
