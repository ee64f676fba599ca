// "Sources and comparability": the reference metadata a country's correspondent published for
// each source edition (FRAMEWORK §5) — what the figures count, who counts as a migrant, what
// the coverage leaves out, where series break — so a reader knows what a comparison can bear.
import { useTranslation } from 'react-i18next';
import type { PublishedSource } from '../api/travel-types';
import { useApi } from '../api/use-api';
import { useLang } from '../i18n/use-lang';
import { useSourceTypes } from './use-source-types';

export function SourcesComparability({
  country,
  table,
  headingLevel = 2,
}: {
  country: string;
  /** Only this table's sources; all the country's otherwise. */
  table?: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const result = useApi<{ sources: PublishedSource[] }>(`/api/metadata/${country}?lang=${lang}`);
  const sources = result.state === 'ok' ? result.data.sources.filter((s) => !table || s.table === table) : [];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = `sources-comparability-${country}${table ? `-${table}` : ''}`;
  if (table && sources.length === 0) return null;
  return (
    <section aria-labelledby={id} className="profile-section" data-testid="sources-comparability">
      <Heading id={id}>
        {t('travel.sources.title')}
        {table ? ` — ${country}` : ''}
      </Heading>
      {table ? null : <p className="hint">{t('travel.sources.lead')}</p>}
      {sources.length === 0 ? (
        <p>{t('travel.sources.none')}</p>
      ) : (
        sources.map((s) => <SourceEntry key={`${s.table}|${s.edition}`} source={s} />)
      )}
    </section>
  );
}

function SourceEntry({ source }: { source: PublishedSource }) {
  const { t } = useTranslation();
  const sourceTypes = useSourceTypes();
  const rows: [string, string | undefined][] = [
    [t('travel.sources.institution'), source.institution],
    [t('travel.sources.sourceName'), source.sourceName],
    [
      t('travel.sources.sourceType'),
      sourceTypes.find((type) => type.id === source.sourceType)?.name ?? source.sourceType,
    ],
    [
      t('travel.sources.migrantCriterion'),
      source.migrantCriterion ? t(`travel.sources.criterion.${source.migrantCriterion}`) : undefined,
    ],
    [t('travel.sources.referencePeriod'), source.referencePeriod],
    [t('travel.sources.unit'), source.unit ? t(`travel.sources.units.${source.unit}`) : undefined],
    [
      t('travel.sources.residenceThreshold'),
      source.residenceThresholdMonths == null
        ? undefined
        : t('travel.sources.months', { count: source.residenceThresholdMonths }),
    ],
    [t('travel.sources.coverageNotes'), source.coverageNotes],
    [t('travel.sources.classificationVersions'), source.classificationVersions],
    [t('travel.sources.sampleAndCvMethod'), source.sampleAndCvMethod],
    [t('travel.sources.disclosureControl'), source.disclosureControl],
  ];
  return (
    <article className="source-metadata">
      <h4>
        {source.table} — {source.edition}
      </h4>
      <dl className="definition-list">
        {rows
          .filter(([, value]) => value)
          .map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        {source.breaks && source.breaks.length > 0 ? (
          <div>
            <dt>{t('travel.sources.breaks')}</dt>
            <dd>
              <ul>
                {source.breaks.map((b) => (
                  <li key={`${b.date}|${b.description}`}>
                    {b.date}: {b.description}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {source.releaseId ? (
        <p className="hint">{t('travel.sources.published', { id: source.releaseId })}</p>
      ) : null}
    </article>
  );
}
