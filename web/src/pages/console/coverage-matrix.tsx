// The coverage matrix of a round: a row per country, a column per requested table, each cell
// the table's status and whether it came on time; filter by phase.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { useCountryNames } from '../work/use-country-names';
import type { CoverageResponse, RoundRecord } from '../work/work-types';

const STATUS_SHORT: Record<string, string> = {
  not_started: '·',
  in_progress: 'G',
  draft: 'D',
  submitted: 'S',
  returned: 'R',
  accepted: 'A',
  published: 'P',
};

export function CoverageMatrix() {
  const { t } = useTranslation();
  const lang = useLang();
  const [phase, setPhase] = useState('');
  const [round, setRound] = useState('');
  const rounds = useApi<{ rounds: RoundRecord[] }>('/api/rounds', { cache: false });
  const query = new URLSearchParams({ lang, ...(round ? { round } : {}), ...(phase ? { phase } : {}) });
  const coverage = useApi<CoverageResponse>(`/api/coverage?${query.toString()}`, { cache: false });

  return (
    <section aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('work.coverage.title')}</h2>
      <div className="toolbar">
        <div className="toolbar__group">
          <label className="field field--inline">
            {t('work.coverage.round')}
            <select value={round} onChange={(event) => setRound(event.target.value)}>
              <option value="">{t('work.coverage.latestRound')}</option>
              {(rounds.state === 'ok' ? rounds.data.rounds : []).map((r) => (
                <option key={r.id} value={String(r.id)}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field field--inline">
            {t('work.coverage.phase')}
            <select value={phase} onChange={(event) => setPhase(event.target.value)}>
              <option value="">{t('common.all')}</option>
              {['I', 'II', 'III'].map((p) => (
                <option key={p} value={p}>
                  {t('countries.phase', { phase: p })}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      {coverage.state === 'error' && coverage.code === 'ROUND_NOT_FOUND' ? (
        <NoDataPanel title={t('work.round.none')}>{t('work.round.noneDetail')}</NoDataPanel>
      ) : (
        <ApiView result={coverage}>{(data) => <Matrix data={data} />}</ApiView>
      )}
    </section>
  );
}

/** A status in the reader's language (the grid's "in progress" is the console's own). */
function useStatusName() {
  const { t } = useTranslation();
  return (status: string) =>
    status === 'in_progress'
      ? t('loop.console.in_progress')
      : t(`work.status.${status}`, { defaultValue: status });
}

function Matrix({ data }: { data: CoverageResponse }) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = useCountryNames();
  const statusName = useStatusName();
  const tableList = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  const tableName = (id: string) =>
    (tableList.state === 'ok' ? tableList.data.tables.find((x) => x.id === id)?.name : undefined) ?? id;
  const tables = [...new Set(data.cells.map((c) => c.table))];
  // Countries grouped by phase, by name in the reader's language within each.
  const phases = (['I', 'II', 'III'] as const).filter((p) => data.cells.some((c) => c.phase === p));
  const countriesOf = (phase: string) =>
    [...new Set(data.cells.filter((c) => c.phase === phase).map((c) => c.country))].sort((a, b) =>
      names.nameOf(a).localeCompare(names.nameOf(b), lang),
    );
  const cell = (country: string, table: string) =>
    data.cells.find((c) => c.country === country && c.table === table);
  return (
    <>
      <p>
        {Object.entries(data.summary.byStatus)
          .map(([status, count]) => `${statusName(status)}: ${count}`)
          .join(' · ')}{' '}
        · {t('work.coverage.onTime', { count: data.summary.onTime })} ·{' '}
        {t('work.coverage.late', { count: data.summary.late })}
      </p>
      <div className="table-scroll">
        <table className="data-table coverage-matrix" data-testid="coverage-matrix">
          <caption className="visually-hidden">{t('work.coverage.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('common.country')}</th>
              {tables.map((table) => (
                <th key={table} scope="col">
                  {tableName(table)} <span className="code-id">{table}</span>
                </th>
              ))}
            </tr>
          </thead>
          {phases.map((phase) => (
            <tbody key={phase}>
              <tr className="matrix-group">
                <th scope="colgroup" colSpan={tables.length + 1} className="matrix-group__title">
                  {t('loop.console.phase', { phase })}
                </th>
              </tr>
              {countriesOf(phase).map((country) => (
                <tr key={country}>
                  <th scope="row">
                    {names.nameOf(country)} <span className="code-id">{country}</span>
                  </th>
                  {tables.map((table) => {
                    const c = cell(country, table);
                    if (!c) return <td key={table} />;
                    const label = `${statusName(c.status)}${
                      c.timeliness ? ` · ${t(`work.round.${c.timeliness}`)}` : ''
                    }`;
                    const where = `${names.nameOf(country)}, ${tableName(table)}: ${label}`;
                    return (
                      <td
                        key={table}
                        className={`matrix-cell matrix-cell--${c.status}${c.timeliness === 'late' ? ' is-late' : ''}`}
                        title={label}
                      >
                        {c.submissionId ? (
                          <LocalLink to={`/console/submissions/${c.submissionId}`} aria-label={where}>
                            {STATUS_SHORT[c.status] ?? '?'}
                          </LocalLink>
                        ) : (
                          <>
                            <span aria-hidden="true">{STATUS_SHORT[c.status] ?? '?'}</span>
                            <span className="visually-hidden">{where}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="legend-line" data-testid="coverage-legend">
        {t('loop.console.legend')}:{' '}
        {Object.entries(STATUS_SHORT)
          .map(([status, short]) => `${short} ${statusName(status)}`)
          .join(' · ')}
      </p>
    </>
  );
}
