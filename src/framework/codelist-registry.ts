// The code lists as every reader sees them: the framework's, plus the codes coordinators added to
// extensible lists (a new regularisation programme). Added codes live in the store, which hands
// them here (setAddedCodes) when it opens, after each change, and before each ingest run, so a
// file, a template, the grid and the SDMX structures accept and show the same codes. The
// framework's own lists are never modified: an added code extends a copy.
import { createHash } from 'node:crypto';
import { CODELISTS } from './codelists/index.js';
import type { Code, Codelist } from './types.js';

export interface AddedCode {
  codelist: string;
  code: Code;
}

const FRAMEWORK_LISTS = new Map(CODELISTS.map((list) => [list.id, list]));

let extended = new Map<string, Codelist>();
let addedTag = '';
let generation = 0;

export function getCodelist(id: string): Codelist | undefined {
  return extended.get(id) ?? FRAMEWORK_LISTS.get(id);
}

/** Every code list, in the framework's order, with its added codes. */
export function listCodelists(): Codelist[] {
  return CODELISTS.map((list) => extended.get(list.id) ?? list);
}

/**
 * Replaces the added codes by `added` (the store's whole set). Codes for a list that is not
 * extensible, or that repeat a framework code, are ignored: the framework's lists stay its own.
 */
export function setAddedCodes(added: readonly AddedCode[]): void {
  const tag = tagOf(added);
  if (tag === addedTag) return;
  const byList = new Map<string, Code[]>();
  for (const { codelist, code } of added) {
    const base = FRAMEWORK_LISTS.get(codelist);
    if (!base?.extensible || base.codes.some((c) => c.id === code.id)) continue;
    byList.set(codelist, [...(byList.get(codelist) ?? []), code]);
  }
  const next = new Map<string, Codelist>();
  for (const [id, codes] of byList) {
    const base = FRAMEWORK_LISTS.get(id) as Codelist;
    next.set(id, { ...base, codes: [...base.codes, ...codes] });
  }
  extended = next;
  addedTag = tag;
  generation++;
}

/**
 * `build(list)` memoised per code list id, and forgotten whenever the added codes change: what
 * every cache built on a code list needs (look-ups, code orders).
 */
export function memoPerCodelist<T>(build: (list: Codelist) => T): (id: string) => T | undefined {
  const memo = new Map<string, T>();
  let builtIn = generation;
  return (id) => {
    if (builtIn !== generation) {
      memo.clear();
      builtIn = generation;
    }
    const known = memo.get(id);
    if (known !== undefined) return known;
    const list = getCodelist(id);
    if (!list) return undefined;
    const value = build(list);
    memo.set(id, value);
    return value;
  };
}

/** A short digest of the added codes ('' when none), equal in every process that has the same. */
export function addedCodesTag(): string {
  return addedTag;
}

function tagOf(added: readonly AddedCode[]): string {
  if (added.length === 0) return '';
  const canonical = added.map(({ codelist, code }) => [codelist, code.id, code.labels, code.parent ?? null]);
  return createHash('sha1').update(JSON.stringify(canonical)).digest('base64url').slice(0, 12);
}
