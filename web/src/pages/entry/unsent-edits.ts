// Edits not yet acknowledged by the server live in localStorage, per table and country, so a
// closed tab or a dropped connection loses nothing: the page shows them over the server's cells
// and sends them again. The browser's id and edit numbers let the server ignore replays.
import type { CellEdit } from './entry-types';

export interface UnsentEdits {
  client: string;
  nextSeq: number;
  edits: CellEdit[];
}

const storageKey = (table: string, country: string) => `sicremi.entry.v1.${table}.${country}`;

export function loadUnsentEdits(table: string, country: string): UnsentEdits {
  try {
    const raw = window.localStorage.getItem(storageKey(table, country));
    const parsed = raw ? (JSON.parse(raw) as Partial<UnsentEdits>) : {};
    if (
      typeof parsed.client === 'string' &&
      typeof parsed.nextSeq === 'number' &&
      Array.isArray(parsed.edits)
    ) {
      return { client: parsed.client, nextSeq: parsed.nextSeq, edits: parsed.edits };
    }
  } catch {
    /* unreadable or private mode: start afresh */
  }
  return { client: newClientId(), nextSeq: 1, edits: [] };
}

export function storeUnsentEdits(table: string, country: string, unsent: UnsentEdits): void {
  try {
    window.localStorage.setItem(storageKey(table, country), JSON.stringify(unsent));
  } catch {
    /* storage full or refused: the edits still wait in memory */
  }
}

function newClientId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}
