// The code lists as the store holds them: pick a list, search its codes, read each label in the
// four languages and where the code comes from (the framework, or the coordinator who added it).
// On extensible lists an admin adds codes and corrects the labels of the added ones.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api';
import { normalizeText } from '../../components/normalize-text';
import { ApiView } from '../../components/status-panel';
import { TextField } from '../../components/text-field';
import { LANG_NAMES, LANGS } from '../../i18n/languages';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';
import { CodeForm } from './code-form';
import type { StoredCode, StoredCodelist } from './reference-types';

export function CodelistBrowser({ selected, canEdit }: { selected: string | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [version, setVersion] = useState(0);
  const lists = useApi<{ codelists: StoredCodelist[] }>('/api/reference/codelists', {
    cache: false,
    version,
  });
  return (
    <div className="master-detail">
      <ApiView result={lists}>
        {({ codelists }) => {
          const current = codelists.find((l) => l.id === selected) ?? codelists[0];
          return (
            <>
              <ul className="master-list" aria-label={t('reference.codelists.list')}>
                {codelists.map((list) => (
                  <li key={list.id}>
                    <LocalLink
                      to={`/console/codes?list=${list.id}`}
                      aria-current={list.id === current?.id ? 'true' : undefined}
                    >
                      {list.names[lang]}
                      <span className="code-id">
                        {list.id} · {t('reference.codelists.size', { count: list.codeCount })}
                        {list.extensible ? ` · ${t('reference.codelists.extensible')}` : ''}
                      </span>
                    </LocalLink>
                  </li>
                ))}
              </ul>
              {current ? (
                <CodelistCodes
                  key={current.id}
                  codelist={current}
                  canEdit={canEdit}
                  onChanged={() => setVersion((v) => v + 1)}
                />
              ) : null}
            </>
          );
        }}
      </ApiView>
    </div>
  );
}

function CodelistCodes({
  codelist,
  canEdit,
  onChanged,
}: {
  codelist: StoredCodelist;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<StoredCode | null>(null);
  const [edits, setEdits] = useState(0);
  const result = useApi<{ codes: StoredCode[] }>(`/api/reference/codelists/${codelist.id}`, {
    cache: false,
    version: edits,
  });
  const codes = result.state === 'ok' ? result.data.codes : [];
  const visible = useMemo(() => filterCodes(codes, query), [codes, query]);
  const editable = canEdit && codelist.extensible;

  function saved() {
    setEditing(null);
    setEdits((n) => n + 1);
    onChanged();
  }

  return (
    <div className="detail-panel reference-codes" data-testid="codelist-codes">
      <h3>{codelist.names[lang]}</h3>
      <p className="code-id">
        {codelist.agency}:{codelist.id}({codelist.version})
        {codelist.addedCount > 0
          ? ` · ${t('reference.codelists.added', { count: codelist.addedCount })}`
          : ''}
      </p>
      <p className="hint">
        {codelist.extensible ? t('reference.codelists.extensibleHint') : t('reference.codelists.closedHint')}
      </p>
      <TextField
        id="reference-code-search"
        label={t('reference.codelists.search')}
        value={query}
        onValue={setQuery}
        type="search"
      />
      <ApiView result={result}>
        {() => (
          <>
            <p className="hint" aria-live="polite">
              {t('reference.codelists.matches', { shown: visible.length, total: codes.length })}
            </p>
            <div className="table-scroll reference-scroll">
              <table className="data-table reference-table" data-testid="codes-table">
                <thead>
                  <tr>
                    <th scope="col">{t('reference.codelists.code')}</th>
                    {LANGS.map((l) => (
                      <th scope="col" key={l} lang={l}>
                        {LANG_NAMES[l]}
                      </th>
                    ))}
                    <th scope="col">{t('reference.codelists.origin')}</th>
                  </tr>
                </thead>
                <tbody>
                  {visible.map((code) => (
                    <CodeRow key={code.id} code={code} editable={editable} onEdit={() => setEditing(code)} />
                  ))}
                </tbody>
              </table>
              {visible.length === 0 ? <p className="hint">{t('reference.codelists.noMatch')}</p> : null}
            </div>
          </>
        )}
      </ApiView>
      {editing ? <CodeForm key={editing.id} codelist={codelist.id} code={editing} onSaved={saved} /> : null}
      {editable ? <CodeForm codelist={codelist.id} onSaved={saved} /> : null}
    </div>
  );
}

function CodeRow({ code, editable, onEdit }: { code: StoredCode; editable: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  return (
    <tr data-testid="code-row">
      <th scope="row" className="code-id">
        {code.id}
        {code.derived ? <span className="badge">{t('reference.codelists.derived')}</span> : null}
      </th>
      {LANGS.map((l) => (
        <td key={l} lang={l}>
          {code.labels[l]}
        </td>
      ))}
      <td>
        {code.addedBy === null ? (
          <span className="badge">{t('reference.codelists.framework')}</span>
        ) : (
          <span className="badge badge--added">
            {t('reference.codelists.addedBy', { who: code.addedByEmail ?? '–' })}
          </span>
        )}
        {editable && code.addedBy !== null ? (
          <button
            type="button"
            className="button button--small"
            aria-label={t('reference.codelists.editOf', { code: code.id })}
            onClick={onEdit}
          >
            {t('reference.codelists.edit')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}

function filterCodes(codes: readonly StoredCode[], query: string): readonly StoredCode[] {
  const needle = normalizeText(query);
  if (!needle) return codes;
  return codes.filter((code) =>
    [code.id, ...Object.values(code.labels), ...code.aliases].some((text) =>
      normalizeText(text).includes(needle),
    ),
  );
}
