// The data-entry grid: an ARIA grid (rows, row and column headers, cells named by their headers)
// virtualised both ways, so 250 origins × 30 years × sexes scroll as fast as ten. One cell is
// active (tabindex 0, roving); the keyboard moves it, edits it, empties it and pastes a block of
// a spreadsheet at it. The active cell is always rendered, so Tab always finds the grid.
// biome-ignore-all lint/a11y/useSemanticElements: a virtualised grid positions its rows and cells itself; table elements would fight that, so the ARIA grid roles carry the semantics
// biome-ignore-all lint/a11y/useFocusableInteractive: in an ARIA grid only cells take the focus (one at a time, roving), never rows or headers
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/languages';
import type { CellContent, EntryGridResponse, GridIssue } from './entry-types';
import { GridCellView } from './grid-cell-view';
import { readGridKey } from './grid-keys';
import type { GridModel } from './grid-model';
import { isTotalMismatch, sumPartsOf } from './grid-totals';
import { parseClipboardBlock, parseTyped } from './parse-typed';
import type { EntryDraft } from './use-entry-draft';

const ROW_HEIGHT = 38;
const HEADER_HEIGHT = 34;
const ROW_HEADER_WIDTH = 230;
const COLUMN_WIDTH = 112;

export interface GridPosition {
  row: number;
  column: number;
}

export const cellId = (row: number, column: number) => `entry-cell-${row}-${column}`;
const rowHeaderId = (row: number) => `entry-rh-${row}`;
const columnHeaderId = (depth: number, column: number) => `entry-ch-${depth}-${column}`;

export function EntryGrid({
  grid,
  model,
  draft,
  active,
  focusToken,
  onActivate,
  onOpenNote,
  onAnnounce,
  issuesByKey,
  lang,
}: {
  grid: EntryGridResponse;
  model: GridModel;
  draft: EntryDraft;
  active: GridPosition;
  /** Changes when the active cell must take the focus (a jump from the issue list). */
  focusToken: number;
  onActivate(position: GridPosition): void;
  onOpenNote(): void;
  onAnnounce(message: string): void;
  issuesByKey: ReadonlyMap<string, GridIssue[]>;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const wantFocus = useRef(false);
  const [editing, setEditing] = useState<{ initial: string | null } | null>(null);
  const { layout } = grid;
  const editable = grid.canEdit;
  const headerRows = layout.columns.length;

  const keep = (index: number) => (range: Range) => {
    const indexes = defaultRangeExtractor(range);
    return indexes.includes(index) ? indexes : [...indexes, index].sort((a, b) => a - b);
  };
  const rows = useVirtualizer({
    count: model.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollPaddingStart: HEADER_HEIGHT * headerRows,
    rangeExtractor: keep(active.row),
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: model.columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COLUMN_WIDTH,
    overscan: 4,
    scrollPaddingStart: ROW_HEADER_WIDTH,
    rangeExtractor: keep(active.column),
  });

  // Scroll only when the active cell changes, so the reader may scroll away with the mouse. A
  // layout effect, before the focus one below: a jump (focusToken) asks for the focus in the
  // same commit that scrolls to the cell.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the virtualizers are stable objects
  useLayoutEffect(() => {
    if (focusToken > 0) wantFocus.current = true;
    rows.scrollToIndex(active.row, { align: 'auto' });
    columns.scrollToIndex(active.column, { align: 'auto' });
  }, [active.row, active.column, focusToken]);

  // The active cell takes the focus in the same commit that renders it (a layout effect), and
  // takes it back when a re-render of the virtualised range removed the focused element: the
  // focus would otherwise fall to the page, and the next key typed would be lost.
  const focusInGrid = useRef(false);
  useLayoutEffect(() => {
    if (editing) return;
    const lost = focusInGrid.current && document.activeElement === document.body;
    if (!wantFocus.current && !lost) return;
    wantFocus.current = false;
    document.getElementById(cellId(active.row, active.column))?.focus({ preventScroll: true });
  });
  useEffect(() => {
    // A click elsewhere on the page leaves the grid for good, even on a spot that takes no focus.
    const onPointerDown = (event: PointerEvent) => {
      if (!scrollRef.current?.contains(event.target as Node)) focusInGrid.current = false;
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, []);
  const onGridFocus = () => {
    focusInGrid.current = true;
  };
  const onGridBlur = (event: FocusEvent<HTMLDivElement>) => {
    // Focus moved elsewhere on purpose (a field, a button); a removed element has no successor.
    const next = event.relatedTarget as Node | null;
    if (next && !event.currentTarget.contains(next)) focusInGrid.current = false;
  };

  const moveTo = useCallback(
    (position: GridPosition) => {
      wantFocus.current = true;
      onActivate(position);
    },
    [onActivate],
  );

  const commit = (text: string, then: GridPosition | null): boolean => {
    const parsed = parseTyped(text, lang);
    if (!parsed) {
      onAnnounce(t('entry.notANumber', { text }));
      return false;
    }
    const key = model.keyOf(active.row, active.column);
    const note = draft.read(key)?.note ?? null;
    draft.write([{ key, content: { ...parsed, note } }]);
    setEditing(null);
    // null: the editor lost the focus to something else, which keeps it.
    if (then) moveTo(then);
    return true;
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || !(event.target as HTMLElement).matches('[role="gridcell"]')) return;
    const action = readGridKey(event, active, { rows: model.rows.length, columns: model.columns.length });
    if (action.kind === 'none') return;
    if (action.kind === 'move') moveTo({ row: action.row, column: action.column });
    else if (action.kind === 'note') onOpenNote();
    else if (!editable) return;
    else if (action.kind === 'edit') setEditing({ initial: action.initial });
    else if (action.kind === 'clear') {
      const key = model.keyOf(active.row, active.column);
      draft.write([{ key, content: { value: null, status: '', note: draft.read(key)?.note ?? null } }]);
    }
    event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing || !editable) return;
    const block = parseClipboardBlock(event.clipboardData.getData('text/plain'));
    if (block.length === 0) return;
    event.preventDefault();
    const changes: { key: string; content: CellContent }[] = [];
    let unread = 0;
    block.forEach((line, r) => {
      line.forEach((text, c) => {
        const row = active.row + r;
        const column = active.column + c;
        if (row >= model.rows.length || column >= model.columns.length) return;
        const parsed = parseTyped(text, lang);
        if (!parsed) {
          unread += 1;
          return;
        }
        const key = model.keyOf(row, column);
        changes.push({ key, content: { ...parsed, note: draft.read(key)?.note ?? null } });
      });
    });
    draft.write(changes);
    onAnnounce(
      t('entry.pasted', { count: changes.length }) +
        (unread > 0 ? ` ${t('entry.pasteUnread', { count: unread })}` : ''),
    );
  };

  const width = ROW_HEADER_WIDTH + columns.getTotalSize();
  const virtualColumns = columns.getVirtualItems();
  const headerHeight = HEADER_HEIGHT * headerRows;
  // An upper header (a year over its sexes) is written over its first column, and over the
  // first column in view when that one has scrolled away under the row headers.
  const scrollLeft = columns.scrollOffset ?? 0;
  const firstInView = virtualColumns.find((vc) => vc.start >= scrollLeft)?.index;

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-labelledby="entry-title"
      aria-describedby="entry-keys-help"
      aria-rowcount={model.rows.length + headerRows}
      aria-colcount={model.columns.length + 1}
      aria-readonly={!editable}
      className="entry-grid"
      data-testid="entry-grid"
      onKeyDown={onGridKeyDown}
      onPaste={onPaste}
      onFocus={onGridFocus}
      onBlur={onGridBlur}
    >
      <div
        role="presentation"
        className="entry-grid__canvas"
        style={{ width, height: headerHeight + rows.getTotalSize() }}
      >
        <div role="rowgroup" className="entry-grid__head" style={{ width }}>
          {layout.columns.map((axis, depth) => (
            <div role="row" aria-rowindex={depth + 1} className="entry-grid__header-row" key={axis.id}>
              <div
                role="columnheader"
                aria-colindex={1}
                className="entry-grid__corner"
                style={{ width: ROW_HEADER_WIDTH }}
              >
                {depth === headerRows - 1 ? layout.rows.name : axis.name}
              </div>
              {virtualColumns.map((vc) => {
                const column = model.columns[vc.index];
                const code = column?.codes[depth];
                const starts =
                  depth < headerRows - 1 ? column?.groupIndex === 0 || vc.index === firstInView : true;
                return (
                  <div
                    role="columnheader"
                    key={vc.key}
                    id={columnHeaderId(depth, vc.index)}
                    aria-colindex={vc.index + 2}
                    className={`entry-grid__column-header${column?.groupIndex === 0 ? ' entry-grid__group-start' : ''}`}
                    style={{ left: ROW_HEADER_WIDTH + vc.start, width: vc.size }}
                  >
                    <span className={starts ? undefined : 'visually-hidden'}>{code?.label}</span>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <div role="rowgroup">
          {rows.getVirtualItems().map((vr) => {
            const code = model.rows[vr.index];
            const isTotal = code?.id === layout.rows.total;
            return (
              <div
                role="row"
                key={vr.key}
                aria-rowindex={headerRows + vr.index + 1}
                className={`entry-grid__row${isTotal ? ' entry-grid__row--total' : ''}`}
                style={{ top: headerHeight + vr.start, height: vr.size, width }}
              >
                <div
                  role="rowheader"
                  id={rowHeaderId(vr.index)}
                  aria-colindex={1}
                  className="entry-grid__row-header"
                  style={{ width: ROW_HEADER_WIDTH }}
                  title={code?.id}
                >
                  {code?.label}
                </div>
                {virtualColumns.map((vc) => {
                  const key = model.keyOf(vr.index, vc.index);
                  const content = draft.read(key);
                  const sums = sumPartsOf(model, layout, vr.index, vc.index, draft.read);
                  const isActive = vr.index === active.row && vc.index === active.column;
                  const labelledBy = [
                    rowHeaderId(vr.index),
                    ...layout.columns.map((_, d) => columnHeaderId(d, vc.index)),
                  ].join(' ');
                  return (
                    <GridCellView
                      key={vc.key}
                      id={cellId(vr.index, vc.index)}
                      columnIndex={vc.index + 2}
                      labelledBy={labelledBy}
                      left={ROW_HEADER_WIDTH + vc.start}
                      width={vc.size}
                      content={content}
                      sums={sums}
                      mismatch={isTotalMismatch(content, sums)}
                      issues={issuesByKey.get(key)}
                      isActive={isActive}
                      groupStart={model.columns[vc.index]?.groupIndex === 0}
                      editing={isActive && editable ? editing : null}
                      lang={lang}
                      onFocus={() => onActivate({ row: vr.index, column: vc.index })}
                      onEdit={() => editable && setEditing({ initial: null })}
                      onCommit={(text, step) => {
                        if (step === 'cancel') {
                          setEditing(null);
                          moveTo(active);
                          return true;
                        }
                        if (step === 'stay') return commit(text, null);
                        const bounds = { rows: model.rows.length, columns: model.columns.length };
                        return commit(text, stepFrom(active, step, bounds));
                      }}
                    />
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

export type CommitStep = 'down' | 'up' | 'right' | 'left' | 'stay' | 'cancel';

function stepFrom(
  at: GridPosition,
  step: CommitStep,
  bounds: { rows: number; columns: number },
): GridPosition {
  const row = at.row + (step === 'down' ? 1 : step === 'up' ? -1 : 0);
  const column = at.column + (step === 'right' ? 1 : step === 'left' ? -1 : 0);
  return {
    row: Math.max(0, Math.min(bounds.rows - 1, row)),
    column: Math.max(0, Math.min(bounds.columns - 1, column)),
  };
}
