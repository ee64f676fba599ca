// What the explorer shows under its filters: a summary that never hides a cut, the view switch,
// then either the pivot table (laid out by the server, fetched a window of rows at a time) or
// the chart or map (drawn from the observations), with the source line and the flag legend.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsOfTables, usePolicyEvents } from '../../api/policy-events';
import type { DataResponse, PivotResponse, TableDescription } from '../../api/types';
import { toAnnotations } from '../../charts/policy-annotations';
import { FlagLegend } from '../../components/flag-legend';
import { NoDataPanel } from '../../components/status-panel';
import type { useFlagNames } from '../../components/use-flag-names';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { ExploreChart } from './explore-chart';
import { ExploreMap } from './explore-map';
import { type ExploreState, type ExploreView, VIEWS } from './explore-state';
import { LayoutEditor } from './layout-editor';
import { PivotTable } from './pivot-table';
import { usePivotRows } from './use-pivot-rows';
import { describeFixed, describeSources, describeUnit } from './view-caption';

export type UpdateState = (next: ExploreState, options?: { push?: boolean; fromEffect?: boolean }) => void;

interface ResultProps {
  description: TableDescription;
  state: ExploreState;
  update: UpdateState;
  flagNames: ReturnType<typeof useFlagNames>;
}

function ResultSummary({
  counts,
  fixed,
  unit,
}: {
  counts: { count: number; total: number; truncated: boolean };
  fixed: string;
  unit: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="result-summary" role="status" data-testid="result-summary">
      <p>
        {counts.truncated
          ? t('explore.summary.truncated', {
              count: formatNumber(counts.count, lang, 0),
              total: formatNumber(counts.total, lang, 0),
            })
          : t('explore.summary.complete', {
              count: counts.count,
              formatted: formatNumber(counts.count, lang, 0),
            })}
      </p>
      {fixed ? <p className="hint">{fixed}</p> : null}
      <p className="hint">{t('explore.summary.unit', { unit })}</p>
    </div>
  );
}

function ViewSwitch({ state, update }: Pick<ResultProps, 'state' | 'update'>) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented view-switch">
      <legend className="visually-hidden">{t('explore.views.label')}</legend>
      {VIEWS.map((view: ExploreView) => (
        <label key={view} className={state.view === view ? 'is-selected' : ''}>
          <input
            type="radio"
            name="explore-view"
            value={view}
            checked={state.view === view}
            onChange={() => update({ ...state, view }, { push: true })}
            data-testid={`view-${view}`}
          />
          {t(`explore.views.${view}`)}
        </label>
      ))}
    </fieldset>
  );
}

export function PivotResults({
  answer,
  pathAt,
  description,
  state,
  update,
  flagNames,
}: ResultProps & { answer: PivotResponse; pathAt: (offset: number) => string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = usePivotRows(answer, pathAt);
  if (answer.count === 0) {
    return <NoDataPanel title={t('explore.noMatch')}>{t('explore.noMatchDetail')}</NoDataPanel>;
  }
  const fixed = describeFixed(answer.fixed);
  const unit = describeUnit(description.unitMultiplier, description.unit, t);
  const caption = [description.name, fixed, unit].filter(Boolean).join(' — ');
  const names = new Map(description.dimensionDetails.map((d) => [d.id, d.name]));
  return (
    <>
      <ResultSummary counts={answer} fixed={fixed} unit={unit} />
      {answer.columnCount > answer.colKeys.length ? (
        <p className="notice" role="status">
          {t('explore.summary.columnsCut', {
            total: formatNumber(answer.columnCount, lang, 0),
            shown: formatNumber(answer.colKeys.length, lang, 0),
          })}
        </p>
      ) : null}
      <ViewSwitch state={state} update={update} />
      <LayoutEditor
        rows={answer.rowDims.map((d) => d.id)}
        cols={answer.colDims.map((d) => d.id)}
        names={names}
        onChange={(rowIds, colIds) => update({ ...state, rows: rowIds, cols: colIds })}
      />
      <div className="explore__regions">
        <label>
          <input
            type="checkbox"
            checked={Boolean(state.regions)}
            onChange={(event) => update({ ...state, regions: event.target.checked })}
            data-testid="regions-toggle"
          />
          {t('explore.layout.regions')}
        </label>
        <span className="hint">{t('explore.layout.regionsHint')}</span>
      </div>
      <PivotTable pivot={answer} rows={rows} caption={caption} statusNames={flagNames} />
      <p className="source-line">{describeSources(answer, lang, t)}</p>
      <FlagLegend
        statuses={new Set(answer.statuses)}
        confs={new Set(answer.confs)}
        notes={new Map(answer.notes.map((note, i) => [note, i + 1]))}
        names={flagNames}
      />
    </>
  );
}

/** Footnotes numbered in order of first appearance, as the table numbers them. */
function numberNotes(response: DataResponse): Map<string, number> {
  const notes = new Map<string, number>();
  for (const o of response.observations) {
    if (o.note && !notes.has(o.note)) notes.set(o.note, notes.size + 1);
  }
  return notes;
}

export function ObservationResults({
  response,
  description,
  state,
  update,
  flagNames,
}: ResultProps & { response: DataResponse }) {
  const { t } = useTranslation();
  const lang = useLang();
  // Policy events are drawn on the chart of one country's series (issue 21).
  const areaCodes = new Set(response.observations.map((o) => o.key.REF_AREA));
  const policyEvents = usePolicyEvents(areaCodes.size === 1 ? ([...areaCodes][0] ?? null) : null);
  const annotations = useMemo(
    () => toAnnotations(eventsOfTables(policyEvents, [description.id])),
    [policyEvents, description.id],
  );
  if (response.observations.length === 0) {
    return <NoDataPanel title={t('explore.noMatch')}>{t('explore.noMatchDetail')}</NoDataPanel>;
  }
  const fixed = describeFixed(
    response.dimensions.flatMap((d) =>
      d.codes.length === 1 ? [{ name: d.name, codeName: d.codes[0]?.name ?? '' }] : [],
    ),
  );
  const unit = describeUnit(description.unitMultiplier, description.unit, t);
  const notes = numberNotes(response);
  const areas = response.dimensions.find((d) => d.id === 'REF_AREA')?.codes.length ?? 0;
  return (
    <>
      <ResultSummary counts={response} fixed={fixed} unit={unit} />
      <ViewSwitch state={state} update={update} />
      {state.view === 'chart' ? (
        <ExploreChart
          response={response}
          chartType={state.chart}
          onChartType={(chart) => update({ ...state, chart })}
          title={description.name}
          subtitle={[fixed, unit].filter(Boolean).join(' — ')}
          source={describeSources(response, lang, t)}
          notes={[...notes].map(([text, n]) => `[${n}] ${text}`)}
          annotations={annotations}
        />
      ) : areas > 1 ? (
        <ExploreMap response={response} title={description.name} />
      ) : (
        <p className="notice">{t('explore.map.needCountries')}</p>
      )}
      <p className="source-line">{describeSources(response, lang, t)}</p>
      <FlagLegend
        statuses={new Set(response.observations.map((o) => o.status))}
        confs={new Set(response.observations.map((o) => o.conf))}
        notes={notes}
        names={flagNames}
      />
    </>
  );
}
