// Every country's saved mappings (national value → standard code), filtered by country and
// dimension, with who saved each and when. An admin deletes a wrong one (audited): the next
// upload of that country reports the value again instead of reading it the wrong way.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { type Refusal, refusalOf } from '../../api/refusal';
import { sendJson } from '../../api/session';
import type { MemberState } from '../../api/types';
import { useApi } from '../../api/use-api';
import { ApiView, ErrorPanel } from '../../components/status-panel';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import type { MappingRecord } from './reference-types';

export function MappingList({ canDelete }: { canDelete: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const country = params.get('country') ?? '';
  const dimension = params.get('dimension') ?? '';
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState('');
  const members = useApi<{ members: MemberState[] }>(`/api/framework/members?lang=${lang}`);
  const mappings = useApi<{ mappings: MappingRecord[] }>(
    `/api/mappings${country ? `?country=${country}` : ''}`,
    { cache: false, version },
  );
  const names = new Map(members.state === 'ok' ? members.data.members.map((m) => [m.iso3, m.name]) : []);
  const dimensions =
    mappings.state === 'ok' ? [...new Set(mappings.data.mappings.map((m) => m.dimension))].sort() : [];

  function filterBy(name: 'country' | 'dimension', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  return (
    <section aria-labelledby="mappings-title" data-testid="mapping-list">
      <h3 id="mappings-title">{t('reference.mappings.title')}</h3>
      <p className="hint">{t('reference.mappings.intro')}</p>
      <div className="toolbar">
        <div className="toolbar__group">
          <label className="field field--inline">
            {t('reference.mappings.country')}
            <select value={country} onChange={(event) => filterBy('country', event.target.value)}>
              <option value="">{t('reference.mappings.allCountries')}</option>
              {[...names].map(([iso3, name]) => (
                <option key={iso3} value={iso3}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="field field--inline">
            {t('reference.mappings.dimension')}
            <select value={dimension} onChange={(event) => filterBy('dimension', event.target.value)}>
              <option value="">{t('reference.mappings.allDimensions')}</option>
              {dimensions.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        </div>
        {notice ? (
          <span className="ok-message" role="status">
            {notice}
          </span>
        ) : null}
      </div>
      <ApiView result={mappings}>
        {(data) => {
          const shown = data.mappings.filter((m) => !dimension || m.dimension === dimension);
          if (shown.length === 0) return <p className="hint">{t('reference.mappings.none')}</p>;
          return (
            <>
              <p className="hint">{t('reference.mappings.count', { count: shown.length })}</p>
              <div className="table-scroll reference-scroll">
                <table className="data-table reference-table" data-testid="mappings-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('reference.mappings.country')}</th>
                      <th scope="col">{t('reference.mappings.dimension')}</th>
                      <th scope="col">{t('reference.mappings.nationalValue')}</th>
                      <th scope="col">{t('reference.mappings.code')}</th>
                      <th scope="col">{t('reference.mappings.version')}</th>
                      <th scope="col">{t('reference.mappings.savedBy')}</th>
                      <th scope="col">{t('reference.mappings.savedOn')}</th>
                      {canDelete ? (
                        <th scope="col">
                          <span className="visually-hidden">{t('reference.mappings.delete')}</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((mapping) => (
                      <tr key={mapping.id} data-testid="mapping-record">
                        <td title={names.get(mapping.refArea)}>{mapping.refArea}</td>
                        <td className="code-id">{mapping.dimension}</td>
                        <th scope="row">{mapping.sourceValue}</th>
                        <td className="code-id">{mapping.code}</td>
                        <td>{mapping.version}</td>
                        <td>{mapping.createdByEmail ?? '–'}</td>
                        <td>{formatDateTime(mapping.createdAt, lang)}</td>
                        {canDelete ? (
                          <td>
                            <DeleteMapping
                              mapping={mapping}
                              onDeleted={() => {
                                setNotice(t('reference.mappings.deleted'));
                                setVersion((v) => v + 1);
                              }}
                            />
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </ApiView>
    </section>
  );
}

/** Two steps, so a stray click deletes nothing. */
function DeleteMapping({ mapping, onDeleted }: { mapping: MappingRecord; onDeleted: () => void }) {
  const { t } = useTranslation();
  const [armed, setArmed] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);
  async function remove() {
    const result = await sendJson('DELETE', `/api/mappings/${mapping.id}`);
    if (result.state === 'ok') onDeleted();
    else setError(refusalOf(result));
  }
  return (
    <div className="inline-form">
      <button
        type="button"
        className={armed ? 'button button--small button--danger' : 'button button--small'}
        aria-label={armed ? undefined : t('reference.mappings.deleteOf', { value: mapping.sourceValue })}
        onClick={armed ? remove : () => setArmed(true)}
      >
        {armed ? t('reference.mappings.confirm') : t('reference.mappings.delete')}
      </button>
      {error ? <ErrorPanel code={error.code} message={error.message} /> : null}
    </div>
  );
}
