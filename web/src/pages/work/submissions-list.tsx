// A list of submissions with their state, linking to each one's page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson } from '../../api/session';
import { ErrorPanel } from '../../components/status-panel';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { StatusBadge } from './status-badge';
import { useCountryNames } from './use-country-names';
import type { SubmissionSummary } from './work-types';

export function SubmissionsList({
  submissions,
  basePath,
  tableNames,
  testId,
  onWithdrawn,
}: {
  submissions: readonly SubmissionSummary[];
  basePath: string;
  tableNames: ReadonlyMap<string, string>;
  testId?: string;
  /** Given, drafts can be selected and withdrawn together (issue 17). */
  onWithdrawn?: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  // The review queue counts the warning groups still open; lists without the count show none.
  const withGroups = submissions.some((s) => s.openWarningGroups !== undefined);
  const countries = useCountryNames();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [done, setDone] = useState<number | null>(null);
  const [error, setError] = useState<Refusal | null>(null);
  if (submissions.length === 0) return <p className="hint">{t('work.submissions.none')}</p>;
  const selectable = (s: SubmissionSummary) =>
    onWithdrawn && (s.status === 'draft' || s.status === 'returned');

  async function withdraw() {
    const result = await sendJson<{ withdrawn: number[] }>('POST', `/api/submissions/withdraw?lang=${lang}`, {
      ids: [...selected],
    });
    if (result.state === 'ok') {
      setDone(result.data.withdrawn.length);
      setSelected(new Set());
      setError(null);
      onWithdrawn?.();
    } else setError(refusalOf(result));
  }

  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            {onWithdrawn ? <th scope="col" /> : null}
            <th scope="col">#</th>
            <th scope="col">{t('common.table')}</th>
            <th scope="col">{t('common.country')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('work.submissions.updated')}</th>
            {withGroups ? <th scope="col">{t('work.submissions.openGroups')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {submissions.map((s) => (
            <tr key={s.id}>
              {onWithdrawn ? (
                <td>
                  {selectable(s) ? (
                    <input
                      type="checkbox"
                      aria-label={t('loop.withdraw.select', { id: s.id })}
                      checked={selected.has(s.id)}
                      onChange={(event) => {
                        const next = new Set(selected);
                        if (event.target.checked) next.add(s.id);
                        else next.delete(s.id);
                        setSelected(next);
                      }}
                    />
                  ) : null}
                </td>
              ) : null}
              <td>
                <LocalLink to={`${basePath}/submissions/${s.id}`}>{s.id}</LocalLink>
              </td>
              <td>{tableNames.get(s.table) ?? s.table}</td>
              <td>
                {countries.nameOf(s.country)} <span className="code-id">{s.country}</span>
              </td>
              <td>
                <StatusBadge status={s.status} />
              </td>
              <td>{formatDateTime(s.updatedAt, lang)}</td>
              {withGroups ? <td data-testid="open-warning-groups">{s.openWarningGroups ?? 0}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {onWithdrawn && selected.size > 0 ? (
        <button
          type="button"
          className="button button--small"
          onClick={withdraw}
          data-testid="withdraw-selected"
        >
          {t('loop.withdraw.selected', { count: selected.size })}
        </button>
      ) : null}
      {done !== null ? (
        <p className="ok-message" role="status">
          {t('loop.withdraw.done', { count: done })}
        </p>
      ) : null}
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
    </div>
  );
}
