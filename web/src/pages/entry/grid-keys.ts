// The grid's keyboard, as spreadsheets have it: arrows, Home/End, Page Up/Down and Tab move;
// Enter or F2 edits the cell, typing replaces it, Delete empties it; Shift+Enter opens its
// note. Tab at a row's edge leaves the grid, so the keyboard is never trapped in it.
export type GridAction =
  | { kind: 'move'; row: number; column: number }
  | { kind: 'edit'; initial: string | null }
  | { kind: 'clear' }
  | { kind: 'note' }
  | { kind: 'none' };

export interface GridBounds {
  rows: number;
  columns: number;
}

const PAGE = 10;

export function readGridKey(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  at: { row: number; column: number },
  bounds: GridBounds,
): GridAction {
  const clamp = (row: number, column: number): GridAction => ({
    kind: 'move',
    row: Math.max(0, Math.min(bounds.rows - 1, row)),
    column: Math.max(0, Math.min(bounds.columns - 1, column)),
  });
  const control = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowUp':
      return clamp(control ? 0 : at.row - 1, at.column);
    case 'ArrowDown':
      return clamp(control ? bounds.rows - 1 : at.row + 1, at.column);
    case 'ArrowLeft':
      return clamp(at.row, control ? 0 : at.column - 1);
    case 'ArrowRight':
      return clamp(at.row, control ? bounds.columns - 1 : at.column + 1);
    case 'Home':
      return clamp(control ? 0 : at.row, 0);
    case 'End':
      return clamp(control ? bounds.rows - 1 : at.row, bounds.columns - 1);
    case 'PageUp':
      return clamp(at.row - PAGE, at.column);
    case 'PageDown':
      return clamp(at.row + PAGE, at.column);
    case 'Tab': {
      const column = at.column + (event.shiftKey ? -1 : 1);
      return column < 0 || column >= bounds.columns ? { kind: 'none' } : clamp(at.row, column);
    }
    case 'Enter':
      return event.shiftKey ? { kind: 'note' } : { kind: 'edit', initial: null };
    case 'F2':
      return { kind: 'edit', initial: null };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear' };
    default:
      if (event.key.length === 1 && !control && !event.altKey) return { kind: 'edit', initial: event.key };
      return { kind: 'none' };
  }
}
