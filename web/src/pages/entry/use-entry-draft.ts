// The grid's draft in the browser: the server's cells with the reader's unsent edits over them,
// saved a moment after the typing stops (one request at a time, in order). When the server does
// not answer, the edits stay in localStorage and are sent again every few seconds and as soon as
// the browser is back online; the server's answer carries the draft's issues.
import { useCallback, useEffect, useRef, useState } from 'react';
import { sendJson } from '../../api/session';
import type {
  CellContent,
  CellEdit,
  EntryGridResponse,
  GridIssue,
  GridWarningGroup,
  IssueSummary,
  SaveResponse,
} from './entry-types';
import { loadUnsentEdits, storeUnsentEdits, type UnsentEdits } from './unsent-edits';

const SAVE_DELAY_MS = 700;
const RETRY_MS = 4000;

export type SaveState = 'saved' | 'saving' | 'offline' | 'refused';

export interface EntryDraft {
  read(key: string): CellContent | undefined;
  write(changes: readonly { key: string; content: CellContent }[]): void;
  /** Sends what is unsent now; resolves true once nothing is left unsent. */
  flush(): Promise<boolean>;
  keys(): IterableIterator<string>;
  saveState: SaveState;
  unsent: number;
  issues: GridIssue[];
  warningGroups: GridWarningGroup[];
  summary: IssueSummary;
  hasDraft: boolean;
  refusal: string | null;
}

export function useEntryDraft(grid: EntryGridResponse, path: string): EntryDraft {
  const { id: table } = grid.table;
  const base = useRef(new Map(grid.cells.map((c) => [c.key, toContent(c)])));
  const unsent = useRef<UnsentEdits>(loadUnsentEdits(table, grid.country));
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [, setVersion] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>(unsent.current.edits.length > 0 ? 'saving' : 'saved');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [validation, setValidation] = useState({
    issues: grid.issues,
    warningGroups: grid.warningGroups ?? [],
    summary: grid.summary,
  });
  const [hasDraft, setHasDraft] = useState(grid.source === 'draft');
  const rerender = useCallback(() => setVersion((v) => v + 1), []);

  const persist = useCallback(
    () => storeUnsentEdits(table, grid.country, unsent.current),
    [table, grid.country],
  );

  const send = useCallback(async (): Promise<void> => {
    if (inFlight.current || unsent.current.edits.length === 0) return;
    inFlight.current = true;
    setSaveState('saving');
    const batch = [...unsent.current.edits];
    const result = await sendJson<SaveResponse>('PUT', `${path}/cells`, {
      client: unsent.current.client,
      edits: batch,
    });
    inFlight.current = false;
    if (result.state === 'ok') {
      const acked = batch.filter((e) => e.seq <= result.data.lastSeq);
      for (const edit of acked) base.current.set(edit.key, toContent(edit));
      unsent.current.edits = unsent.current.edits.filter((e) => e.seq > result.data.lastSeq);
      persist();
      setValidation({
        issues: result.data.issues,
        warningGroups: result.data.warningGroups ?? [],
        summary: result.data.summary,
      });
      setHasDraft(true);
      setRefusal(null);
      rerender();
      if (unsent.current.edits.length > 0) return send();
      setSaveState('saved');
      return;
    }
    // No answer, or the server failing: keep everything and try again. A refusal (4xx) is
    // shown and waits for the reader's next edit, rather than being sent again and again.
    if (result.state === 'error' && result.status >= 400 && result.status < 500) {
      setSaveState('refused');
      setRefusal(result.message || result.code);
      return;
    }
    setSaveState('offline');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void send(), RETRY_MS);
  }, [path, persist, rerender]);

  useEffect(() => {
    const retry = () => void send();
    window.addEventListener('online', retry);
    // Edits left from an earlier visit go out as soon as the page is open.
    if (unsent.current.edits.length > 0) void send();
    return () => {
      window.removeEventListener('online', retry);
      clearTimeout(timer.current);
    };
  }, [send]);

  const write = useCallback<EntryDraft['write']>(
    (changes) => {
      if (changes.length === 0) return;
      const latest = new Map(unsent.current.edits.map((e) => [e.key, e]));
      for (const { key, content } of changes) {
        const edit: CellEdit = { key, ...content, seq: unsent.current.nextSeq++ };
        latest.set(key, edit);
      }
      // Only the last edit of a cell matters; earlier unsent ones of the same cell are dropped.
      unsent.current.edits = [...latest.values()].sort((a, b) => a.seq - b.seq);
      persist();
      rerender();
      setSaveState('saving');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(), SAVE_DELAY_MS);
    },
    [persist, rerender, send],
  );

  const read = useCallback((key: string): CellContent | undefined => {
    const pending = unsent.current.edits.findLast((e) => e.key === key);
    return pending ? toContent(pending) : base.current.get(key);
  }, []);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    for (let attempt = 0; attempt < 3 && unsent.current.edits.length > 0; attempt += 1) {
      if (inFlight.current) await new Promise((resolve) => setTimeout(resolve, 200));
      else await send();
    }
    return unsent.current.edits.length === 0;
  }, [send]);

  return {
    read,
    write,
    flush,
    keys: () => new Set([...base.current.keys(), ...unsent.current.edits.map((e) => e.key)]).values(),
    saveState,
    unsent: unsent.current.edits.length,
    issues: validation.issues,
    warningGroups: validation.warningGroups,
    summary: validation.summary,
    hasDraft: hasDraft || unsent.current.edits.length > 0,
    refusal,
  };
}

function toContent(cell: CellContent): CellContent {
  return { value: cell.value, status: cell.status, note: cell.note ?? null };
}
