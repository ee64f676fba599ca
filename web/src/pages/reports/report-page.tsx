// /reports/:scope — a country note (ISO3) or the regional report ("region") as a page of the
// portal, in the interface language, pinned to "latest" or to the releases current at a date
// (?asOf=, kept in the URL so a shared link shows the same figures). Print uses the page's own
// print styles; the PDF and the standalone HTML are the server's files for the same pin.
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { usePageTitle } from '../../layout/use-page-title';
import { ReportBlocks } from './report-blocks';
import './report.css';
import { type ReportDocument, reportApiPath } from './report-document';

// A day (releases public by its end) or an instant (a pin taken from the latest report).
const PIN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/;

function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

function PinControl({
  asOf,
  pinnedAt,
  onChange,
}: {
  asOf: string;
  /** The instant the latest report shows, which "pin" turns into a permanent address. */
  pinnedAt: string | undefined;
  onChange: (asOf: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <form
      className="report-pin"
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get('asOf');
        onChange(typeof value === 'string' ? value : '');
      }}
    >
      <label htmlFor="report-as-of">{t('reports.asOf')}</label>
      {/* A day still running is not a pin: its releases may yet change. */}
      <input
        id="report-as-of"
        name="asOf"
        type="date"
        max={yesterday()}
        defaultValue={asOf.slice(0, 10)}
        key={asOf}
      />
      <button type="submit" className="button button--small">
        {t('common.apply')}
      </button>
      {asOf ? (
        <button type="button" className="button button--small" onClick={() => onChange('')}>
          {t('reports.latest')}
        </button>
      ) : pinnedAt ? (
        <button type="button" className="button button--small" onClick={() => onChange(pinnedAt)}>
          {t('reports.pinNow')}
        </button>
      ) : null}
    </form>
  );
}

function ReportView({ doc, files }: { doc: ReportDocument; files: { pdf: string; html: string } }) {
  const { t } = useTranslation();
  usePageTitle(`${doc.title}: ${doc.subtitle}`);
  return (
    <article className="report" data-testid="report-document" lang={doc.lang}>
      <header className="report__header">
        <p className="report__series">{doc.title}</p>
        <h1>{doc.subtitle}</h1>
        <p className="report__pin">{doc.pinLine}</p>
        <p className="report__cite">
          <strong>{t('reports.cite')}</strong> {doc.citation}
        </p>
        <ul className="report__actions" data-testid="report-actions">
          <li>
            <a className="button button--primary" href={files.pdf} download>
              {t('reports.pdf')}
            </a>
          </li>
          <li>
            <a className="button" href={files.html}>
              {t('reports.html')}
            </a>
          </li>
          <li>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('reports.print')}
            </button>
          </li>
        </ul>
        <p className="report__reproduce small">
          {t('reports.reproduce')} <code>{doc.reproduce}</code>
        </p>
      </header>
      <ReportBlocks doc={doc} tocTitle={t('reports.contents')} />
    </article>
  );
}

export function ReportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { scope = 'region' } = useParams();
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf') ?? '';
  const asOf = PIN.test(asOfParam) ? asOfParam : '';
  const query = `?lang=${lang}${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`;
  const base = reportApiPath(scope);
  const doc = useApi<ReportDocument>(`${base}/document${query}`);
  const setAsOf = (value: string) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (PIN.test(value)) next.set('asOf', value);
      else next.delete('asOf');
      return next;
    });
  return (
    <div className="page report-page" data-testid="report-page">
      <div className="report-toolbar">
        <p className="breadcrumb">
          <LocalLink to="/reports">{t('nav.reports')}</LocalLink>
          {scope !== 'region' ? (
            <>
              {' / '}
              <LocalLink to={`/countries/${scope.toUpperCase()}`}>{scope.toUpperCase()}</LocalLink>
            </>
          ) : null}
        </p>
        <PinControl
          asOf={asOf}
          pinnedAt={doc.state === 'ok' ? doc.data.pinnedAt : undefined}
          onChange={setAsOf}
        />
      </div>
      <ApiView result={doc} loadingLabel={t('reports.generating')}>
        {(data) => <ReportView doc={data} files={{ pdf: `${base}/pdf${query}`, html: `${base}${query}` }} />}
      </ApiView>
    </div>
  );
}
