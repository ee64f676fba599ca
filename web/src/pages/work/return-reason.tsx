// A returned submission says why at the top of its page, not only in its history (issue 17).
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import type { SubmissionDetail } from './work-types';

export function ReturnReason({ detail }: { detail: SubmissionDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (detail.submission.status !== 'returned') return null;
  const event = detail.events.filter((e) => e.action === 'return').at(-1);
  return (
    <div
      className="status-panel status-panel--warning return-reason"
      role="alert"
      data-testid="return-reason"
    >
      <strong>{t('loop.returned.title')}</strong>
      {event ? <span className="hint"> · {formatDateTime(event.at, lang)}</span> : null}
      <p>
        {event?.message ? t('loop.returned.reason', { message: event.message }) : t('loop.returned.noReason')}
      </p>
      <p>{t('loop.returned.next')}</p>
    </div>
  );
}
