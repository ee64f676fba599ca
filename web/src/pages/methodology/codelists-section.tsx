// The code lists with their codes in the reader's language, the aliases correspondents may
// use instead, parents and derived aggregates; searchable.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodelistDescription, CodelistSummary } from '../../api/types';
import { useApi } from '../../api/use-api';
import { normalizeText } from '../../components/normalize-text';
import { ApiView } from '../../components/status-panel';
import { TextField } from '../../components/text-field';
import { useLang } from '../../i18n/use-lang';
import { LocalLink } from '../../layout/local-link';

export function CodelistsSection({ selected }: { selected: string | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lists = useApi<{ codelists: CodelistSummary[] }>(`/api/codelists?lang=${lang}`);
  return (
    <div className="master-detail">
      <ApiView result={lists}>
        {({ codelists }) => {
          const current = selected ?? codelists[0]?.id ?? null;
          return (
            <>
              <ul className="master-list" aria-label={t('methodology.section.codelists')}>
                {codelists.map((list) => (
                  <li key={list.id}>
                    <LocalLink
                      to={`/methodology?section=codelists&codelist=${list.id}`}
                      aria-current={list.id === current ? 'true' : undefined}
                    >
                      {list.name}
                      <span className="code-id">
                        {list.id} · {t('methodology.codelists.size', { count: list.size })}
                      </span>
                    </LocalLink>
                  </li>
                ))}
              </ul>
              {current ? <CodelistDetail key={current} id={current} /> : null}
            </>
          );
        }}
      </ApiView>
    </div>
  );
}

function CodelistDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const list = useApi<{ codelist: CodelistDescription }>(`/api/codelists/${id}?lang=${lang}`);
  const codes = list.state === 'ok' ? list.data.codelist.codes : [];
  const visible = useMemo(() => {
    const needle = normalizeText(query);
    if (!needle) return codes;
    return codes.filter(
      (c) =>
        c.id.toLowerCase().includes(needle) ||
        normalizeText(c.name).includes(needle) ||
        c.aliases.some((a) => normalizeText(a).includes(needle)),
    );
  }, [codes, query]);
  return (
    <div className="detail-panel" data-testid="codelist-detail">
      <ApiView result={list}>
        {({ codelist }) => (
          <>
            <h2>{codelist.name}</h2>
            <p className="code-id">
              {codelist.agency}:{codelist.id}({codelist.version})
              {codelist.extensible ? ` · ${t('methodology.codelists.extensible')}` : ''}
            </p>
            <TextField
              id="codelist-search"
              label={t('methodology.codelists.search')}
              value={query}
              onValue={setQuery}
              type="search"
            />
            <div className="table-scroll codelist-scroll">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('common.code')}</th>
                    <th scope="col">{t('common.name')}</th>
                    <th scope="col">{t('methodology.codelists.aliases')}</th>
                  </tr>
                </thead>
                <tbody>
                  {visible.map((code) => (
                    <tr key={code.id}>
                      <td className="code-id">{code.id}</td>
                      <td>
                        {code.name}
                        {code.derived ? (
                          <span className="badge">{t('methodology.codelists.derived')}</span>
                        ) : null}
                        {code.parent ? <span className="hint"> ({code.parent})</span> : null}
                      </td>
                      <td className="aliases">{code.aliases.slice(0, 6).join(' · ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </ApiView>
    </div>
  );
}
