// The active cell in full: its name, its status (why an empty cell is empty) and its note,
// which becomes the value's footnote and justifies a warning on it. Shift+Enter in the grid
// opens the note; Escape goes back to the grid.
import { forwardRef, type KeyboardEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CellContent, type GridIssue, MISSING_STATUSES } from './entry-types';

export const CellPanel = forwardRef<
  HTMLTextAreaElement,
  {
    title: string;
    content: CellContent | undefined;
    issues: readonly GridIssue[];
    editable: boolean;
    onChange(content: CellContent): void;
    onBack(): void;
  }
>(function CellPanel({ title, content, issues, editable, onChange, onBack }, noteRef) {
  const { t } = useTranslation();
  const [note, setNote] = useState(content?.note ?? '');
  useEffect(() => setNote(content?.note ?? ''), [content?.note]);
  const current: CellContent = content ?? { value: null, status: '', note: null };
  const saveNote = () => {
    const text = note.trim() === '' ? null : note.trim();
    if (text !== (content?.note ?? null)) onChange({ ...current, note: text });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    saveNote();
    onBack();
  };
  return (
    <section
      className="card entry-cell-panel"
      aria-labelledby="entry-cell-title"
      data-testid="entry-cell-panel"
    >
      <h2 id="entry-cell-title">{title}</h2>
      <label htmlFor="entry-cell-status">{t('entry.statusLabel')}</label>
      <select
        id="entry-cell-status"
        value={current.value === null ? current.status : ''}
        disabled={!editable || current.value !== null}
        onChange={(event) => onChange({ ...current, value: null, status: event.target.value })}
        onKeyDown={onKeyDown}
      >
        <option value="">{current.value === null ? t('entry.status.none') : t('entry.status.value')}</option>
        {MISSING_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s} — {t(`entry.status.${s}`)}
          </option>
        ))}
      </select>
      <label htmlFor="entry-cell-note">{t('entry.noteLabel')}</label>
      <textarea
        id="entry-cell-note"
        ref={noteRef}
        rows={3}
        value={note}
        readOnly={!editable}
        maxLength={2000}
        onChange={(event) => setNote(event.target.value)}
        onBlur={saveNote}
        onKeyDown={onKeyDown}
      />
      <p className="hint">{t('entry.noteHint')}</p>
      {issues.length > 0 ? (
        <ul className="entry-cell-panel__issues">
          {issues.map((issue) => (
            <li
              key={`${issue.code}-${issue.message}`}
              className={`entry-issue entry-issue--${issue.severity}`}
            >
              {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});
