// What a page shows while data load, when the server has nothing (yet) for it, and when a
// request fails. Messages are in the reader's language: the server's own message when it sent
// one (it follows ?lang), else ours.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loadable } from '../api/use-api';

export function LoadingPanel({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="status-panel status-panel--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </div>
  );
}

export function NoDataPanel({ title, children }: { title?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="status-panel status-panel--empty" role="status" data-testid="no-data">
      <strong>{title ?? t('common.noDataYet')}</strong>
      {children ? <div>{children}</div> : <p>{t('common.noDataYetDetail')}</p>}
    </div>
  );
}

export function ErrorPanel({ code, message }: { code: string; message?: string }) {
  const { t } = useTranslation();
  // The server's message says what failed and what to do: it is the heading, with no generic
  // "something went wrong" above it (issue 17). Without one, the generic title and the code.
  if (message) {
    return (
      <div className="status-panel status-panel--error" role="alert" data-error-code={code}>
        <strong>{message}</strong>
      </div>
    );
  }
  const text = code === 'NETWORK' ? t('errors.network') : t('errors.generic', { code });
  return (
    <div className="status-panel status-panel--error" role="alert" data-error-code={code}>
      <strong>{t('errors.title')}</strong>
      <p>{text}</p>
    </div>
  );
}

/** Renders a loaded resource, or the right status panel for the other states. */
export function ApiView<T>({
  result,
  children,
  unavailable,
  loadingLabel,
}: {
  result: Loadable<T>;
  children: (data: T) => ReactNode;
  unavailable?: ReactNode;
  loadingLabel?: string;
}) {
  switch (result.state) {
    case 'loading':
      return <LoadingPanel {...(loadingLabel ? { label: loadingLabel } : {})} />;
    case 'unavailable':
      return <>{unavailable ?? <NoDataPanel />}</>;
    case 'error':
      return <ErrorPanel code={result.code} message={result.message} />;
    case 'ok':
      return <>{children(result.data)}</>;
  }
}
