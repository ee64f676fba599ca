// What the reviewer weighs: how the submission changes the published figures (new, changed
// with old → new and % change, removed) and how it compares with partner countries' mirror
// statistics.
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

interface CellValue {
  value: number | null;
  status: string;
}

interface RevisionDiff {
  summary: { new: number; changed: number; unchanged: number; removed: number };
  new: { key: string; value: number | null; status: string }[];
  changed: { key: string; old: CellValue; new: CellValue; changePct: number | null }[];
  removed: { key: string; value: number | null; status: string }[];
}

interface MirrorCheck {
  partner: string;
  year: string;
  value: number | null;
  partnerTable: string;
  partnerValue: number | null;
  differencePct: number | null;
}

function isDiff(value: unknown): value is RevisionDiff {
  return Boolean(value && typeof value === 'object' && 'summary' in value && 'changed' in value);
}

export function RevisionDiffView({ diff }: { diff: unknown }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!isDiff(diff)) return null;
  return (
    <section aria-labelledby="diff-title" className="card" data-testid="revision-diff">
      <h2 id="diff-title">{t('work.diff.title')}</h2>
      <p>
        {t('work.diff.summary', {
          new: diff.summary.new,
          changed: diff.summary.changed,
          unchanged: diff.summary.unchanged,
          removed: diff.summary.removed,
        })}
      </p>
      {diff.changed.length > 0 ? (
        <div className="table-scroll report-scroll">
          <table className="data-table">
            <caption>{t('work.diff.changed')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('work.diff.cell')}</th>
                <th scope="col" className="numeric">
                  {t('work.diff.old')}
                </th>
                <th scope="col" className="numeric">
                  {t('work.diff.new')}
                </th>
                <th scope="col" className="numeric">
                  {t('work.diff.change')}
                </th>
              </tr>
            </thead>
            <tbody>
              {diff.changed.slice(0, 500).map((c) => (
                <tr key={c.key}>
                  <td className="code-id">{c.key}</td>
                  <td className="numeric">{formatNumber(c.old.value, lang, 2)}</td>
                  <td className="numeric">{formatNumber(c.new.value, lang, 2)}</td>
                  <td className="numeric">{formatPercent(c.changePct, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {diff.removed.length > 0 ? (
        <details>
          <summary>{t('work.diff.removed', { count: diff.removed.length })}</summary>
          <ul className="code-id">
            {diff.removed.slice(0, 200).map((r) => (
              <li key={r.key}>
                {r.key}: {formatNumber(r.value, lang, 2)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

export function MirrorChecksView({ mirror }: { mirror: unknown }) {
  const { t } = useTranslation();
  const lang = useLang();
  const checks = Array.isArray(mirror) ? (mirror as MirrorCheck[]) : [];
  return (
    <section aria-labelledby="mirror-title" className="card" data-testid="mirror-checks">
      <h2 id="mirror-title">{t('work.mirror.title')}</h2>
      {checks.length === 0 ? (
        <p className="hint">{t('work.mirror.none')}</p>
      ) : (
        <div className="table-scroll report-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('work.mirror.partner')}</th>
                <th scope="col">{t('common.year')}</th>
                <th scope="col" className="numeric">
                  {t('work.mirror.reported')}
                </th>
                <th scope="col" className="numeric">
                  {t('work.mirror.partnerValue')}
                </th>
                <th scope="col" className="numeric">
                  {t('work.mirror.difference')}
                </th>
              </tr>
            </thead>
            <tbody>
              {checks.slice(0, 300).map((c) => (
                <tr key={`${c.partner}-${c.year}-${c.partnerTable}`}>
                  <td>
                    {c.partner} <span className="code-id">{c.partnerTable}</span>
                  </td>
                  <td>{c.year}</td>
                  <td className="numeric">{formatNumber(c.value, lang, 0)}</td>
                  <td className="numeric">{formatNumber(c.partnerValue, lang, 0)}</td>
                  <td className="numeric">{formatPercent(c.differencePct, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
