// The map of the home page: foreign-born population of each member state in the latest
// common year, or its share of the population. Clicking a country opens its profile; the
// same figures are listed in a table under the map for keyboard and screen-reader users.
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { valuesInPeriod } from '../../api/observations';
import type { DataObservation, MemberState } from '../../api/types';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { localizePath } from '../../layout/local-link';
import { AmericasMap } from '../../map/americas-map';
import { sharesByCountry } from './headline';
import { MapFiguresTable } from './map-figures-table';

type Metric = 'stock' | 'share';

export function HomeMap({
  members,
  stock,
  population,
  period,
}: {
  members: readonly MemberState[];
  stock: readonly DataObservation[];
  population: readonly DataObservation[];
  period: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [metric, setMetric] = useState<Metric>('stock');
  const values = useMemo(
    () => (metric === 'stock' ? valuesInPeriod(stock, period) : sharesByCountry(stock, population, period)),
    [metric, stock, population, period],
  );
  const formatValue = useCallback(
    (value: number) => (metric === 'stock' ? formatNumber(value, lang, 0) : formatPercent(value, lang)),
    [metric, lang],
  );
  const metricLabel = metric === 'stock' ? t('home.map.stock') : t('home.map.share');
  const label = t('home.map.label', { metric: metricLabel, period });

  return (
    <section className="home-map" aria-labelledby="home-map-title">
      <div className="section-heading">
        <h2 id="home-map-title">{t('home.map.title', { period })}</h2>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('home.map.metric')}</legend>
          {(['stock', 'share'] as const).map((option) => (
            <label key={option} className={metric === option ? 'is-selected' : ''}>
              <input
                type="radio"
                name="home-map-metric"
                value={option}
                checked={metric === option}
                onChange={() => setMetric(option)}
              />
              {option === 'stock' ? t('home.map.stock') : t('home.map.share')}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="hint">{t('home.map.hint')}</p>
      <AmericasMap
        members={members}
        values={values}
        formatValue={formatValue}
        label={label}
        testId="home-map"
        onSelect={(iso3) => navigate(localizePath(`/countries/${iso3}`, lang))}
      />
      <MapFiguresTable members={members} values={values} formatValue={formatValue} caption={label} />
    </section>
  );
}
