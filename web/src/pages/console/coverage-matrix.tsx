// The coverage matrix of a round: a row per country, a column per requested table, each cell
// the table's status and whether it came on time; filter by phase.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { ApiView, NoDataPanel } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import type { CoverageResponse, RoundRecord } from '../work/work-types';

const STATUS_SHORT: Record<string, string> = {
  not_started: '·',
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

function Matrix({ data }: { data: CoverageResponse }) {
  const { t } = useTranslation();
  const countries = [...new Set(data.cells.map((c) => c.country))].sort();
  const tables = [...new Set(data.cells.map((c) => c.table))];
  const cell = (country: string, table: string) =>
    data.cells.find((c) => c.country === country && c.table === table);
  return (
    <>
      <p>
        {Object.entries(data.summary.byStatus)
          .map(([status, count]) => `${t(`work.status.${status}`, { defaultValue: status })}: ${count}`)
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
                <th key={table} scope="col" className="code-id">
                  {table}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {countries.map((country) => (
              <tr key={country}>
                <th scope="row">{country}</th>
                {tables.map((table) => {
                  const c = cell(country, table);
                  if (!c) return <td key={table} />;
                  const label = `${t(`work.status.${c.status}`, { defaultValue: c.status })}${
                    c.timeliness ? ` · ${t(`work.round.${c.timeliness}`)}` : ''
                  }`;
                  return (
                    <td
                      key={table}
                      className={`matrix-cell matrix-cell--${c.status}${c.timeliness === 'late' ? ' is-late' : ''}`}
                      title={label}
                    >
                      {c.submissionId ? (
                        <LocalLink
                          to={`/console/submissions/${c.submissionId}`}
                          aria-label={`${country} ${table}: ${label}`}
                        >
                          {STATUS_SHORT[c.status] ?? '?'}
                        </LocalLink>
                      ) : (
                        <>
                          <span aria-hidden="true">{STATUS_SHORT[c.status] ?? '?'}</span>
                          <span className="visually-hidden">{`${country} ${table}: ${label}`}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="legend-line">
        {Object.entries(STATUS_SHORT)
          .map(([status, short]) => `${short} ${t(`work.status.${status}`)}`)
          .join(' · ')}
      </p>
    </>
  );
}
