// National values the pipeline could not match to a standard code (UNKNOWN_CODE): for each
// distinct value, pick one of the suggested codes (or any code of the list) and save the
// mapping for the country — the next upload, and every later round, reuses it.
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/session';
import type { CodelistDescription, TableDescription } from '../../api/types';
import { useApi } from '../../api/use-api';
import { useLang } from '../../i18n/use-lang';
import type { ReportIssue } from './work-types';

interface UnmappedValue {
  dimension: string;
  value: string;
  suggestions: string[];
  rows: number[];
}

export function listUnmappedValues(issues: readonly ReportIssue[]): UnmappedValue[] {
  const byKey = new Map<string, UnmappedValue>();
  for (const issue of issues) {
    if (issue.code !== 'UNKNOWN_CODE') continue;
    const dimension = String(issue.params?.dimension ?? issue.column ?? '');
    const value = String(issue.value ?? issue.params?.value ?? '');
    const key = `${dimension}\u0001${value}`;
    const entry = byKey.get(key) ?? {
      dimension,
      value,
      suggestions: readSuggestions(issue.params?.suggestions),
      rows: [],
    };
    if (issue.row) entry.rows.push(issue.row);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

function readSuggestions(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? raw.split(/[,;]/) : [];
  return list.map((s) => /^\s*([A-Z0-9_]+)/.exec(s)?.[1] ?? '').filter(Boolean);
}

function MappingRow({
  entry,
  codes,
  country,
}: {
  entry: UnmappedValue;
  codes: readonly { id: string; name: string }[];
  country: string;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState(entry.suggestions[0] ?? '');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'unavailable' | 'error'>('idle');
  const [message, setMessage] = useState('');
  const names = new Map(codes.map((c) => [c.id, c.name]));
  const suggested = entry.suggestions.filter((s) => names.has(s) || codes.length === 0);

  async function save() {
    setState('saving');
    const result = await sendJson('POST', '/api/mappings', {
      country,
      dimension: entry.dimension,
      sourceValue: entry.value,
      code,
    });
    if (result.state === 'ok') setState('saved');
    else if (result.state === 'unavailable') setState('unavailable');
    else {
      setState('error');
      setMessage(result.message);
    }
  }

  const selectId = `map-${entry.dimension}-${entry.value}`.replace(/\W+/g, '-');
  return (
    <tr data-testid="mapping-row">
      <td className="code-id">{entry.dimension}</td>
      <td>
        <strong>{entry.value}</strong>
        <div className="hint">{t('work.mapping.rows', { rows: entry.rows.slice(0, 8).join(', ') })}</div>
      </td>
      <td>
        <label htmlFor={selectId} className="visually-hidden">
          {t('work.mapping.choose', { value: entry.value })}
        </label>
        <select id={selectId} value={code} onChange={(event) => setCode(event.target.value)}>
          <option value="">{t('work.mapping.pick')}</option>
          {suggested.length > 0 ? (
            <optgroup label={t('work.mapping.suggested')}>
              {suggested.map((s) => (
                <option key={`s-${s}`} value={s}>
                  {names.get(s) ?? s} ({s})
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label={t('work.mapping.allCodes')}>
            {codes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.id})
              </option>
            ))}
          </optgroup>
        </select>
      </td>
      <td>
        <button
          type="button"
          className="button button--small"
          disabled={!code || state === 'saving'}
          onClick={save}
        >
          {t('common.save')}
        </button>
        {state === 'saved' ? <span className="ok-message"> {t('work.mapping.saved')}</span> : null}
        {state === 'unavailable' ? (
          <span className="error-text"> {t('work.mapping.unavailable')}</span>
        ) : null}
        {state === 'error' ? <span className="error-text"> {message}</span> : null}
      </td>
    </tr>
  );
}

function DimensionCodes({
  table,
  dimension,
  children,
}: {
  table: string;
  dimension: string;
  children: (codes: { id: string; name: string }[]) => ReactNode;
}) {
  const lang = useLang();
  const description = useApi<{ table: TableDescription }>(`/api/framework/tables/${table}?lang=${lang}`);
  const codelist =
    description.state === 'ok'
      ? (description.data.table.dimensionDetails.find((d) => d.id === dimension)?.codelist ?? null)
      : null;
  const list = useApi<{ codelist: CodelistDescription }>(
    codelist ? `/api/codelists/${codelist}?lang=${lang}` : null,
  );
  return <>{children(list.state === 'ok' ? list.data.codelist.codes : [])}</>;
}

export function MappingPanel({
  issues,
  table,
  country,
}: {
  issues: readonly ReportIssue[];
  table: string;
  country: string;
}) {
  const { t } = useTranslation();
  const unmapped = useMemo(() => listUnmappedValues(issues), [issues]);
  if (unmapped.length === 0) return null;
  return (
    <section aria-labelledby="mapping-title" className="mapping-panel card" data-testid="mapping-panel">
      <h2 id="mapping-title">{t('work.mapping.title')}</h2>
      <p className="hint">{t('work.mapping.intro')}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('work.mapping.dimension')}</th>
              <th scope="col">{t('work.mapping.nationalValue')}</th>
              <th scope="col">{t('work.mapping.standardCode')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.save')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {unmapped.map((entry) => (
              <DimensionCodes
                key={`${entry.dimension}-${entry.value}`}
                table={table}
                dimension={entry.dimension}
              >
                {(codes) => <MappingRow entry={entry} codes={codes} country={country} />}
              </DimensionCodes>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('work.mapping.thenUpload')}</p>
    </section>
  );
}
