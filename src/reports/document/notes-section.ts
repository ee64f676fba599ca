// The notes of a report: the signs and flags used with their footnotes, the sources (one line
// per release shown, with its licence), comparability notes and the methodology.
import { getCodelist, INDICATORS } from '../../framework/index.js';
import { label } from '../../framework/labels.js';
import type { Lang } from '../../framework/types.js';
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';
import { fillTemplate, withColon } from '../text/fill-template.js';
import type { FootnoteRegister } from '../text/format-figure.js';
import { NOTES } from '../text/notes-texts.js';
import type { Block } from './report-document.js';

function say(lang: Lang, template: keyof typeof NOTES, slots: Record<string, string> = {}): string {
  return fillTemplate(label(NOTES[template], lang), slots);
}

export function buildFootnoteBlocks(lang: Lang, notes: FootnoteRegister): Block[] {
  const statuses = getCodelist('CL_OBS_STATUS');
  const flags = [...notes.flags]
    .sort()
    .map((flag) => {
      const code = statuses?.codes.find((c) => c.id === flag);
      return `${flag.toLowerCase()} ${code ? label(code.labels, lang).toLocaleLowerCase() : flag}`;
    })
    .join('; ');
  const blocks: Block[] = [
    { kind: 'paragraph', small: true, text: say(lang, 'legend', { flags: flags || '–' }) },
  ];
  if (notes.notes.length > 0) {
    blocks.push({ kind: 'list', small: true, items: notes.notes.map((note, i) => `[${i + 1}] ${note}`) });
  }
  return blocks;
}

function text(value: unknown): string {
  return typeof value === 'string' && value.trim() ? value.trim() : '–';
}

export function describeSource(lang: Lang, release: ReleaseInfo): string {
  const s = release.source;
  return say(lang, 'sourceLine', {
    publisher: text(s.publisher),
    // The edition as its publisher names it (the sortable `edition` is for the change rule).
    edition: text(s.editionTitle ?? s.edition),
    table: text(s.table ?? release.table),
    licence: text(s.licence),
    release: String(release.id),
  });
}

export function buildSourceBlocks(lang: Lang, releases: readonly ReleaseInfo[]): Block[] {
  if (releases.length === 0) return [];
  return [{ kind: 'list', small: true, items: releases.map((r) => describeSource(lang, r)) }];
}

const TABLE_NOTES = ['MIG_STOCK_FB', 'MIG_INFLOW_PERM', 'MIG_ASYLUM', 'LAB_STATUS'] as const;

/** Standard notes for the tables shown, then the providers' own notes (in English). */
export function buildComparabilityBlocks(
  lang: Lang,
  releases: readonly ReleaseInfo[],
  withProviderNotes = true,
): Block[] {
  const tables = new Set(releases.map((r) => r.table));
  const standard = TABLE_NOTES.filter((t) => tables.has(t)).map((t) => say(lang, t));
  const providerNotes = [
    ...new Set(
      releases.flatMap((r) =>
        Array.isArray(r.source.notes) ? r.source.notes.filter((n): n is string => typeof n === 'string') : [],
      ),
    ),
  ];
  const blocks: Block[] = [];
  if (standard.length > 0) blocks.push({ kind: 'list', small: true, items: standard });
  if (withProviderNotes && providerNotes.length > 0) {
    blocks.push({ kind: 'paragraph', small: true, text: say(lang, 'sourceNotesIntro') });
    blocks.push({ kind: 'list', small: true, items: providerNotes });
  }
  return blocks;
}

const SHOWN_INDICATORS = [
  'FB_SHARE',
  'CHANGE_PCT',
  'INFLOW_RATE',
  'CATEGORY_SHARE',
  'RECOGNITION_RATE',
  'NATURALISATION_RATE',
  'PARTICIPATION_RATE',
  'EMPLOYMENT_RATE',
  'UNEMPLOYMENT_RATE',
  'GAP_EMPLOYMENT_RATE',
];

export function buildMethodologyBlocks(lang: Lang): Block[] {
  const formulas = INDICATORS.filter((i) => SHOWN_INDICATORS.includes(i.id)).map(
    (i) => `${withColon(lang, label(i.names, lang))} ${label(i.formula, lang)}`,
  );
  return [
    { kind: 'paragraph', small: true, text: say(lang, 'disclosure') },
    { kind: 'paragraph', small: true, text: say(lang, 'derived') },
    { kind: 'list', small: true, items: formulas },
  ];
}
