// The form a correspondent drafts or corrects a policy event with: every field of the
// framework's POLICY_EVENT record; the server checks them all and names each wrong field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/session';
import type { TableSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ErrorPanel } from '../../components/status-panel';
import { useLang } from '../../i18n/use-lang';
import type { PolicyEventRecord } from './policy-types';

interface Codes {
  codelist: { codes: { id: string; name: string }[] };
}

const LANGS = ['en', 'es', 'fr', 'pt'];

function initialValues(event: PolicyEventRecord | undefined, country: string, lang: string) {
  return {
    country: event?.country ?? country,
    type: event?.type ?? 'REGULARISATION',
    date: event?.date ?? '',
    endDate: event?.endDate ?? '',
    title: event?.title ?? '',
    summary: event?.summary ?? '',
    lang: event?.lang ?? lang,
    tables: event?.tables ?? [],
    programme: event?.programme ?? '',
    publisher: event?.source.publisher ?? '',
    sourceTitle: event?.source.title ?? '',
    sourceDate: event?.source.date ?? '',
    url: event?.source.url ?? '',
  };
}

export function PolicyEventForm({
  countries,
  event,
  onSaved,
}: {
  countries: readonly { iso3: string; name: string }[];
  event?: PolicyEventRecord;
  onSaved: (event: PolicyEventRecord) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const types = useApi<Codes>(`/api/codelists/CL_POLICY_TYPE?lang=${lang}`);
  const tables = useApi<{ tables: TableSummary[] }>(`/api/framework/tables?lang=${lang}`);
  const [v, setV] = useState(() => initialValues(event, countries[0]?.iso3 ?? '', lang));
  const [error, setError] = useState<{ code: string; message: string; fields: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof v) => (e: { target: { value: string } }) =>
    setV((old) => ({ ...old, [field]: e.target.value }));
  const prefix = event ? `policy-edit-${event.id}` : 'policy-new';

  async function save() {
    setBusy(true);
    const body = {
      country: v.country,
      type: v.type,
      date: v.date,
      endDate: v.endDate || null,
      title: v.title,
      summary: v.summary,
      lang: v.lang,
      tables: v.tables,
      programme: v.programme || null,
      source: {
        publisher: v.publisher,
        title: v.sourceTitle,
        date: v.sourceDate || null,
        url: v.url || null,
      },
    };
    const result = event
      ? await sendJson<{ event: PolicyEventRecord }>('PUT', `/api/policy-events/${event.id}`, body)
      : await sendJson<{ event: PolicyEventRecord }>('POST', '/api/policy-events', body);
    setBusy(false);
    if (result.state === 'ok') {
      setError(null);
      onSaved(result.data.event);
    } else if (result.state === 'error') {
      const problems = (result.details as { problems?: { field: string }[] } | undefined)?.problems ?? [];
      setError({ code: result.code, message: result.message, fields: problems.map((p) => p.field) });
    } else setError({ code: 'UNAVAILABLE', message: t('work.actions.unavailable'), fields: [] });
  }

  const text = (field: keyof typeof v, label: string, id: string, multiline = false) => (
    <div className="field">
      <label htmlFor={`${prefix}-${id}`}>{label}</label>
      {multiline ? (
        <textarea id={`${prefix}-${id}`} rows={4} value={String(v[field])} onChange={set(field)} />
      ) : (
        <input id={`${prefix}-${id}`} type="text" value={String(v[field])} onChange={set(field)} />
      )}
    </div>
  );

  return (
    <form
      className="card policy-form"
      data-testid={event ? 'policy-edit-form' : 'policy-new-form'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>{event ? t('policy.work.edit') : t('policy.work.add')}</h3>
      <div className="field">
        <label htmlFor={`${prefix}-country`}>{t('policy.field.country')}</label>
        <select id={`${prefix}-country`} value={v.country} onChange={set('country')}>
          {countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-type`}>{t('policy.field.type')}</label>
        <select id={`${prefix}-type`} value={v.type} onChange={set('type')}>
          {(types.state === 'ok' ? types.data.codelist.codes : []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {text('date', t('policy.field.date'), 'date')}
      {text('endDate', t('policy.field.endDate'), 'end-date')}
      {text('title', t('policy.field.title'), 'title')}
      {text('summary', t('policy.field.summary'), 'summary', true)}
      <div className="field">
        <label htmlFor={`${prefix}-lang`}>{t('policy.field.lang')}</label>
        <select id={`${prefix}-lang`} value={v.lang} onChange={set('lang')}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{t('policy.field.tables')}</legend>
        {(tables.state === 'ok' ? tables.data.tables : []).map((table) => (
          <label key={table.id} className="checkbox">
            <input
              type="checkbox"
              checked={v.tables.includes(table.id)}
              onChange={(e) =>
                setV((old) => ({
                  ...old,
                  tables: e.target.checked
                    ? [...old.tables, table.id]
                    : old.tables.filter((x) => x !== table.id),
                }))
              }
            />
            {table.name}
          </label>
        ))}
      </fieldset>
      {v.type === 'REGULARISATION' ? text('programme', t('policy.field.programme'), 'programme') : null}
      {text('publisher', t('policy.field.sourcePublisher'), 'publisher')}
      {text('sourceTitle', t('policy.field.sourceTitle'), 'source-title')}
      {text('sourceDate', t('policy.field.sourceDate'), 'source-date')}
      {text('url', t('policy.field.sourceUrl'), 'url')}
      {error ? (
        <ErrorPanel
          code={error.code}
          message={`${error.message}${error.fields.length ? ` (${error.fields.join(', ')})` : ''}`}
        />
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy} data-testid="policy-save">
        {event ? t('policy.work.saveChanges') : t('policy.work.create')}
      </button>
    </form>
  );
}
