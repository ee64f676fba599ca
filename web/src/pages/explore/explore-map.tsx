// The map view: one figure per reporting country for one period (the latest by default), the
// other dimensions held at their first selected code, which the page states.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { DataResponse, MemberState } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView } from '../../components/status-panel';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { localizePath } from '../../layout/local-link';
import { AmericasMap } from '../../map/americas-map';
import { TIME } from './explore-state';

export function ExploreMap({ response, title }: { response: DataResponse; title: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const periodId = useId();
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);
  const periods = useMemo(
    () => [...new Set(response.observations.map((o) => o.key[TIME] ?? ''))].filter(Boolean).sort(),
    [response],
  );
  const [chosen, setChosen] = useState<string | undefined>();
  const period = chosen && periods.includes(chosen) ? chosen : periods[periods.length - 1];

  // Other dimensions: the first code of each that occurs, so one value per country.
  const held = useMemo(() => {
    const first: Record<string, string> = {};
    for (const observation of response.observations) {
      for (const [dimension, code] of Object.entries(observation.key)) {
        if (dimension !== 'REF_AREA' && dimension !== TIME && first[dimension] === undefined)
          first[dimension] = code;
      }
    }
    return first;
  }, [response]);

  const values = useMemo(() => {
    const map = new Map<string, number>();
    for (const o of response.observations) {
      if (o.key[TIME] !== period || o.value === null || !o.key.REF_AREA) continue;
      if (Object.entries(held).every(([d, c]) => o.key[d] === c)) map.set(o.key.REF_AREA, o.value);
    }
    return map;
  }, [response, period, held]);

  const heldText = Object.entries(held)
    .map(([dimension, code]) => {
      const d = response.dimensions.find((x) => x.id === dimension);
      return `${d?.name ?? dimension}: ${d?.codes.find((c) => c.id === code)?.name ?? code}`;
    })
    .join(' · ');

  return (
    <section aria-label={t('explore.views.map')}>
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor={periodId}>{t('common.year')}</label>
          <select id={periodId} value={period ?? ''} onChange={(event) => setChosen(event.target.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        {heldText ? <p className="hint">{t('explore.map.held', { selection: heldText })}</p> : null}
      </div>
      <ApiView result={members}>
        {({ members: list }) => (
          <AmericasMap
            members={list}
            values={values}
            formatValue={(v) => formatNumber(v, lang, 0)}
            label={`${title}, ${period ?? ''}`}
            onSelect={(iso3) => navigate(localizePath(`/countries/${iso3}`, lang))}
            testId="explore-map"
          />
        )}
      </ApiView>
    </section>
  );
}
