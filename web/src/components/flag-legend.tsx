// The key to the flags and footnotes shown in a table or chart: only the flags that occur,
// then the numbered notes (a correspondent's justification becomes the public footnote).
import { useTranslation } from 'react-i18next';
import type { FlagNames } from './use-flag-names';

export function FlagLegend({
  statuses,
  confs,
  notes,
  names,
}: {
  statuses: ReadonlySet<string>;
  confs: ReadonlySet<string>;
  notes: ReadonlyMap<string, number>;
  names: FlagNames;
}) {
  const { t } = useTranslation();
  const shownStatuses = [...statuses].filter((s) => s && s !== 'A').sort();
  const shownConfs = [...confs].filter((c) => c && c !== 'F').sort();
  return (
    <section className="flag-legend" aria-label={t('flags.legendTitle')} data-testid="flag-legend">
      <h3>{t('flags.legendTitle')}</h3>
      {shownStatuses.length === 0 && shownConfs.length === 0 ? (
        <p>{t('flags.allNormal')}</p>
      ) : (
        <dl className="flag-legend__list">
          {shownStatuses.map((code) => (
            <div key={`s-${code}`}>
              <dt>
                <sup className="flag">{code}</sup>
              </dt>
              <dd>{names.status.get(code) ?? code}</dd>
            </div>
          ))}
          {shownConfs.map((code) => (
            <div key={`c-${code}`}>
              <dt>
                <sup className="flag">{code}</sup>
              </dt>
              <dd>{names.conf.get(code) ?? code}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="hint">{t('flags.missing')}</p>
      {notes.size > 0 ? (
        <>
          <h3>{t('flags.notesTitle')}</h3>
          <ol className="flag-legend__notes">
            {[...notes].map(([text, number]) => (
              <li key={number} id={`note-${number}`} value={number}>
                {text}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
