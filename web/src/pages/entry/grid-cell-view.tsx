// One cell of the grid: its value (or the status saying why it is empty), a mark for a note,
// its issues from the server (colour and a description read with the cell), and for a total
// the live sum of its parts when they disagree. While edited it holds a text input.
// biome-ignore-all lint/a11y/useSemanticElements: a cell of the virtualised ARIA grid (see entry-grid.tsx)
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/languages';
import type { CommitStep } from './entry-grid';
import type { CellContent, GridIssue } from './entry-types';
import type { PartsSum } from './grid-totals';
import { formatEditable } from './parse-typed';

export function GridCellView({
  id,
  columnIndex,
  labelledBy,
  left,
  width,
  content,
  sums,
  mismatch,
  issues,
  isActive,
  groupStart,
  editing,
  lang,
  onFocus,
  onEdit,
  onCommit,
}: {
  id: string;
  columnIndex: number;
  labelledBy: string;
  left: number;
  width: number;
  content: CellContent | undefined;
  sums: readonly PartsSum[];
  mismatch: PartsSum | undefined;
  issues: readonly GridIssue[] | undefined;
  isActive: boolean;
  groupStart: boolean;
  editing: { initial: string | null } | null;
  lang: Lang;
  onFocus(): void;
  onEdit(): void;
  onCommit(text: string, step: CommitStep): boolean;
}) {
  const { t } = useTranslation();
  const severity = issues?.some((i) => i.severity === 'error')
    ? 'error'
    : issues?.some((i) => i.severity === 'warning')
      ? 'warning'
      : issues?.length
        ? 'info'
        : null;
  const valueId = `${id}-value`;
  const describedId = `${id}-issues`;
  const classes = [
    'entry-cell',
    groupStart ? 'entry-grid__group-start' : '',
    isActive ? 'entry-cell--active' : '',
    severity ? `entry-cell--${severity}` : '',
    mismatch ? 'entry-cell--mismatch' : '',
    content?.note ? 'entry-cell--noted' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const sum = sums.find((s) => s.parts > 0 && !s.blocked);
  const description = [
    ...(issues ?? []).map((i) => i.message),
    ...(mismatch ? [t('entry.sumOfParts', { sum: formatNumber(mismatch.sum, lang, 3) })] : []),
    ...(content?.note ? [t('entry.noteSaid', { note: content.note })] : []),
  ];
  return (
    <div
      role="gridcell"
      id={id}
      aria-colindex={columnIndex}
      aria-labelledby={`${labelledBy} ${valueId}${sum && !editing ? ` ${id}-sum` : ''}`}
      aria-describedby={description.length > 0 ? describedId : undefined}
      aria-invalid={severity === 'error' || undefined}
      aria-selected={isActive}
      tabIndex={isActive ? 0 : -1}
      className={classes}
      style={{ left, width }}
      data-key={id}
      onFocus={onFocus}
      onDoubleClick={onEdit}
    >
      {editing ? (
        <CellInput
          initial={editing.initial ?? formatEditable(content, lang)}
          typed={editing.initial !== null}
          labelledBy={labelledBy}
          onCommit={onCommit}
        />
      ) : (
        <span id={valueId} className="entry-cell__value">
          {content === undefined ? (
            ''
          ) : content.value === null ? (
            content.status ? (
              <abbr title={t(`entry.status.${content.status}`, { defaultValue: content.status })}>
                {content.status}
              </abbr>
            ) : (
              <span className="visually-hidden">{t('entry.emptyCell')}</span>
            )
          ) : (
            formatNumber(content.value, lang, 3)
          )}
        </span>
      )}
      {/* A space between value and sum, so the visible text reads as the accessible name does. */}
      {sum && !editing ? ' ' : null}
      {sum && !editing ? (
        <span id={`${id}-sum`} className={`entry-cell__sum${mismatch ? ' entry-cell__sum--off' : ''}`}>
          Σ {formatNumber(sum.sum, lang, 3)}
        </span>
      ) : null}
      {description.length > 0 ? (
        <span id={describedId} className="visually-hidden">
          {description.join(' ')}
        </span>
      ) : null}
    </div>
  );
}

function CellInput({
  initial,
  typed,
  labelledBy,
  onCommit,
}: {
  initial: string;
  typed: boolean;
  labelledBy: string;
  onCommit(text: string, step: CommitStep): boolean;
}) {
  const ref = useRef<HTMLInputElement>(null);
  // A key has committed the edit already: the blur that follows must not commit it again.
  const done = useRef(false);
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    input.focus();
    const end = input.value.length;
    input.setSelectionRange(end, end);
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value;
    const step: CommitStep | null =
      event.key === 'Enter'
        ? event.shiftKey
          ? 'up'
          : 'down'
        : event.key === 'Tab'
          ? event.shiftKey
            ? 'left'
            : 'right'
          : event.key === 'Escape'
            ? 'cancel'
            : typed && event.key === 'ArrowDown'
              ? 'down'
              : typed && event.key === 'ArrowUp'
                ? 'up'
                : null;
    if (step === null) return;
    event.preventDefault();
    event.stopPropagation();
    done.current = onCommit(text, step);
  };
  return (
    <input
      ref={ref}
      className="entry-cell__input"
      defaultValue={initial}
      aria-labelledby={labelledBy}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!done.current) onCommit(event.currentTarget.value, 'stay');
      }}
    />
  );
}
