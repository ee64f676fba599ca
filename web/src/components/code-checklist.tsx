// A searchable list of codes with checkboxes: "all", "none" and group shortcuts (regional
// groupings for countries), indentation for codes that have a parent. An empty selection
// means every code, which is what the data API does with an absent filter.
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeText } from './normalize-text';

export interface ChecklistCode {
  id: string;
  name: string;
  parent?: string | null;
}

export interface ChecklistShortcut {
  id: string;
  label: string;
  codes: string[];
}

export function CodeChecklist({
  codes,
  selected,
  onChange,
  shortcuts = [],
  label,
}: {
  codes: readonly ChecklistCode[];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  shortcuts?: readonly ChecklistShortcut[];
  label: string;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const searchId = useId();
  // The selection lives in the address; a local copy answers the click at once, while the
  // router catches up, and follows the address whenever it changes (back, forward, links).
  const [current, setCurrent] = useState<readonly string[]>(selected);
  useEffect(() => setCurrent(selected), [selected]);
  const chosen = new Set(current);
  const visible = useMemo(() => {
    const needle = normalizeText(query);
    if (!needle) return codes;
    return codes.filter((c) => normalizeText(c.name).includes(needle) || c.id.toLowerCase().includes(needle));
  }, [codes, query]);
  const ids = new Set(codes.map((c) => c.id));

  function toggle(id: string, on: boolean) {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    const ordered = codes.map((c) => c.id).filter((c) => next.has(c));
    setCurrent(ordered);
    onChange(ordered);
  }

  return (
    <div className="code-checklist">
      <label htmlFor={searchId} className="visually-hidden">
        {t('explore.filters.searchIn', { dimension: label })}
      </label>
      <input
        id={searchId}
        type="search"
        placeholder={t('explore.filters.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <div className="code-checklist__shortcuts">
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setCurrent([]);
            onChange([]);
          }}
        >
          {t('explore.filters.allCodes')}
        </button>
        {query && visible.length > 0 ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange(visible.map((c) => c.id))}
          >
            {t('explore.filters.onlyMatches', { count: visible.length })}
          </button>
        ) : null}
        {shortcuts.map((shortcut) => (
          <button
            key={shortcut.id}
            type="button"
            className="button button--small"
            onClick={() => onChange(shortcut.codes.filter((c) => ids.has(c)))}
          >
            {shortcut.label}
          </button>
        ))}
      </div>
      <ul className="code-checklist__list" aria-label={label}>
        {visible.map((code) => (
          <li key={code.id} className={code.parent ? 'is-child' : undefined}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(code.id)}
                onChange={(event) => toggle(code.id, event.target.checked)}
              />
              <span>{code.name}</span> <span className="code-id">{code.id}</span>
            </label>
          </li>
        ))}
        {visible.length === 0 ? <li className="hint">{t('explore.filters.noMatch')}</li> : null}
      </ul>
    </div>
  );
}
