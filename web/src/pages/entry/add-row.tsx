// Rows on demand: the reader searches the rows' code list in their language (accents and case
// ignored, codes too) and adds the row they need, or goes to it when it is already shown; unused
// rows stay hidden. A combobox with a listbox of at most ten matches, driven by arrows and Enter.
import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AxisCode, GridAxis } from './entry-types';

const MAX_MATCHES = 10;

function normalize(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function AddRow({
  axis,
  shown,
  onAdd,
}: {
  axis: GridAxis;
  shown: ReadonlySet<string>;
  onAdd(code: AxisCode): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const matches = useMemo(() => {
    const q = normalize(query.trim());
    if (!q) return [];
    return axis.codes
      .filter((c) => normalize(c.label).includes(q) || c.id.toLowerCase() === q)
      .slice(0, MAX_MATCHES);
  }, [axis.codes, query]);
  const choose = (code: AxisCode | undefined) => {
    if (!code) return;
    onAdd(code);
    setQuery('');
    setHighlight(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setHighlight((h) => Math.min(matches.length - 1, h + 1));
    else if (event.key === 'ArrowUp') setHighlight((h) => Math.max(0, h - 1));
    else if (event.key === 'Enter') choose(matches[highlight]);
    else if (event.key === 'Escape') setQuery('');
    else return;
    event.preventDefault();
  };
  const listId = `${id}-list`;
  const open = matches.length > 0;
  return (
    <div className="entry-add-row">
      <label htmlFor={`${id}-input`}>{t('entry.addRow', { dimension: axis.name.toLowerCase() })}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${id}-option-${highlight}` : undefined}
        value={query}
        placeholder={t('entry.addRowPlaceholder')}
        autoComplete="off"
        data-testid="entry-add-row"
        onChange={(event) => {
          setQuery(event.target.value);
          setHighlight(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div id={listId} role="listbox" className="entry-add-row__list" hidden={!open} aria-label={axis.name}>
        {matches.map((code, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
          // biome-ignore lint/a11y/useFocusableInteractive: options are pointed at by aria-activedescendant, the input keeps the focus
          <div
            key={code.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === highlight}
            className={i === highlight ? 'entry-add-row__option--active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(code)}
          >
            {code.label} <span className="entry-add-row__code">{code.id}</span>
            {shown.has(code.id) ? <span className="entry-add-row__code">· {t('entry.rowShown')}</span> : null}
          </div>
        ))}
      </div>
    </div>
  );
}
