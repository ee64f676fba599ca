// The network's rollout: the member states of each phase (pilot, second wave, everyone) and
// which of them already have published figures in SICREMI.
import { useTranslation } from 'react-i18next';
import type { MemberState } from '../../api/types';
import { LocalLink } from '../../layout/local-link';

const PHASES = ['I', 'II', 'III'] as const;

export function PhaseCoverage({
  members,
  withData,
}: {
  members: readonly MemberState[];
  withData: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="phase-coverage-title" className="phase-coverage">
      <h2 id="phase-coverage-title">{t('home.phases.title')}</h2>
      <p className="hint">{t('home.phases.intro')}</p>
      <div className="phase-grid">
        {PHASES.map((phase) => {
          const inPhase = members
            .filter((m) => m.phase === phase)
            .sort((a, b) => a.name.localeCompare(b.name));
          const reporting = inPhase.filter((m) => withData.has(m.iso3)).length;
          return (
            <article key={phase} className="phase-card" data-testid={`phase-${phase}`}>
              <h3>
                {t(`home.phases.phase${phase}`)}{' '}
                <span className="phase-card__count">
                  {t('home.phases.countries', { count: inPhase.length })}
                </span>
              </h3>
              <p className="phase-card__progress">
                {t('home.phases.withData', { count: reporting, total: inPhase.length })}
              </p>
              <ul className="chip-list">
                {inPhase.map((m) => (
                  <li key={m.iso3}>
                    <LocalLink
                      to={`/countries/${m.iso3}`}
                      className={withData.has(m.iso3) ? 'chip chip--data' : 'chip'}
                      title={withData.has(m.iso3) ? t('home.phases.hasData') : t('home.phases.noData')}
                    >
                      {m.name}
                    </LocalLink>
                  </li>
                ))}
              </ul>
            </article>
          );
        })}
      </div>
      <p className="legend-line">
        <span className="chip chip--data chip--sample" aria-hidden="true" /> {t('home.phases.hasData')}
        <span className="chip chip--sample" aria-hidden="true" /> {t('home.phases.noData')}
      </p>
    </section>
  );
}
