// The realism corpus (test/fixtures/realistic/, built from real figures by
// scripts/build-realistic-corpus.ts) run as a correspondent would — `sicremi validate` against
// the demo's published figures — with every warning recorded. No warning may be false: each
// group must be one the corpus explains (corpus.json says why it is right) and each warning is
// checked against the published figures and the file by an oracle written from the rule, not
// from the code under test. A clean file needs at most ten justifications (one per group).
// The table in docs/validation.md is this run's; UPDATE_CORPUS=1 rewrites it.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { loadDemoData } from '../src/demo/load-demo.js';
import { getTable } from '../src/framework/index.js';
import type { Observation } from '../src/framework/observation.js';
import type { TableDef } from '../src/framework/types.js';
import { createStoreContextSource, fileSource, readSubmission } from '../src/ingest/index.js';
import { collectWarningGroups } from '../src/ingest/issues/group-warnings.js';
import type { Issue } from '../src/ingest/issues/issue.js';
import { queryPublished } from '../src/store/repositories/observations.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';

interface CorpusEntry {
  file: string;
  table: string;
  country: string;
  shape: string;
  reasons: Record<string, string>;
}

const DIR = 'test/fixtures/realistic';
const CORPUS = JSON.parse(readFileSync(`${DIR}/corpus.json`, 'utf8')) as CorpusEntry[];
const MAX_JUSTIFICATIONS = 10;
const DOC = 'docs/validation.md';
const START = '<!-- corpus-table:start -->';
const END = '<!-- corpus-table:end -->';

type Key = Record<string, string>;
const keyOf = (key: Key, dims: readonly string[]) => dims.map((d) => key[d] ?? '').join('|');

/** The series a warning names ("COUNTRY_OF_BIRTH=CAN, SEX=_T, …"), as a key without a year. */
function seriesOf(issue: Issue, country: string): Key {
  const key: Key = { REF_AREA: country };
  for (const pair of String(issue.params.series ?? '').split(',')) {
    const [d, code] = pair.trim().split('=');
    if (d && code !== undefined) key[d] = code;
  }
  return key;
}

interface Run {
  entry: CorpusEntry;
  issues: Issue[];
  observations: Observation[];
  published: Observation[];
}

/** Why a warning is right, by rule, from the published figures and the file alone. */
function checkWarning(run: Run, issue: Issue): string | undefined {
  const table = getTable(run.entry.table);
  if (!table) return 'no table';
  const dims = table.dimensions.map((d) => d.id);
  const seriesDims = dims.filter((d) => d !== 'TIME_PERIOD');
  const filed = new Set(run.observations.map((o) => keyOf(o.key, dims)));
  const fileYears = new Set(run.observations.map((o) => o.key.TIME_PERIOD));
  const publishedCells = new Set(
    run.published.filter((o) => o.value !== null).map((o) => keyOf(o.key, dims)),
  );
  const publishedSeries = new Set(
    run.published.filter((o) => o.value !== null).map((o) => keyOf(o.key, seriesDims)),
  );
  const year = String(issue.params.year ?? '');
  if (issue.code === 'INCOMPLETE') {
    const missing = ['F', 'M', '_T'].filter((sex) => {
      const cell: Key = { REF_AREA: run.entry.country, TIME_PERIOD: year, SEX: sex };
      for (const d of table.requiredTotals) cell[d] = '_T';
      return !run.observations.some((o) => Object.entries(cell).every(([d, c]) => o.key[d] === c));
    });
    return missing.length > 0 ? undefined : `INCOMPLETE ${year}: every required total is in the file`;
  }
  if (issue.code === 'SERIES_BREAK' && issue.params.variant === 'stop') {
    const series = seriesOf(issue, run.entry.country);
    const lastYear = String(issue.params.lastYear ?? '');
    if (!publishedCells.has(keyOf({ ...series, TIME_PERIOD: lastYear }, dims)))
      return `stop: ${issue.params.series} was not published for ${lastYear}`;
    if (filed.has(keyOf({ ...series, TIME_PERIOD: year }, dims)))
      return `stop: ${issue.params.series} is in the file for ${year}`;
    const inFile = fileYears.has(lastYear) && lastYear === year;
    const justBefore = Number(lastYear) === Math.min(...[...fileYears].map(Number)) - 1;
    return inFile || justBefore
      ? undefined
      : `stop: ${lastYear} is neither a year of the file nor the year before it`;
  }
  if (issue.code === 'SERIES_BREAK' && issue.params.variant === 'start') {
    const series = seriesOf(issue, run.entry.country);
    if (publishedSeries.has(keyOf(series, seriesDims))) return `start: ${issue.params.series} was published`;
    const parent = { ...series, [String(issue.params.dimension)]: '_T' };
    if (!publishedSeries.has(keyOf(parent, seriesDims)))
      return `start: the parent of ${issue.params.series} was never published`;
    return filed.has(keyOf({ ...series, TIME_PERIOD: year }, dims)) ? undefined : 'start: not in the file';
  }
  return `no oracle for ${issue.code}: state in this test why such a warning is right`;
}

describe(`validation corpus against the demo (${STORE_KIND})`, () => {
  let t: TestStore;
  const runs: Run[] = [];
  before(async () => {
    t = await createTestStore();
    await loadDemoData(t.store);
    for (const entry of CORPUS) {
      const reading = readSubmission(fileSource(`${DIR}/${entry.file}`), {
        table: entry.table,
        country: entry.country,
        contextSource: createStoreContextSource(t.store.db),
      });
      const observations: Observation[] = [];
      for await (const batch of reading.observations) for (const o of batch) observations.push(o.observation);
      const published = await queryPublished(t.store.db, {
        table: getTable(entry.table) as TableDef,
        filters: { REF_AREA: [entry.country] },
      });
      runs.push({ entry, issues: reading.report().issues, observations, published });
    }
  });
  after(async () => t.cleanup());

  test('has at least ten national-style files', () => {
    assert.ok(CORPUS.length >= 10, `${CORPUS.length} files`);
  });

  for (const entry of CORPUS) {
    test(`${entry.file}: read without errors, every warning right, at most ${MAX_JUSTIFICATIONS} justifications`, () => {
      const run = runs.find((r) => r.entry === entry) as Run;
      const errors = run.issues.filter((i) => i.severity === 'error');
      assert.deepEqual(
        errors.map((e) => `${e.code}@${e.row}`),
        [],
        'a national file of published figures must read',
      );
      assert.ok(run.observations.length > 0);
      const groups = collectWarningGroups(run.issues);
      for (const group of groups) {
        assert.ok(
          entry.reasons[group.id],
          `${entry.file}: warning group ${group.id} is not explained in corpus.json`,
        );
        for (const warning of group.members) {
          const wrong = checkWarning(run, warning);
          assert.equal(wrong, undefined, `${entry.file}: false ${group.id} warning: ${wrong}`);
        }
      }
      assert.ok(groups.length <= MAX_JUSTIFICATIONS, `${groups.length} justifications needed`);
    });
  }

  test(`prints the corpus table in ${DOC}`, () => {
    const lines = [
      '| File | Table | Country | Observations | Warnings | Groups (justifications) | Groups |',
      '| --- | --- | --- | ---: | ---: | ---: | --- |',
      ...runs.map(({ entry, issues, observations }) => {
        const warnings = issues.filter((i) => i.severity === 'warning');
        const groups = collectWarningGroups(issues);
        const ids = groups.map((g) => `\`${g.id}\` (${g.members.length})`).join(', ') || '—';
        return `| ${entry.file} | ${entry.table} | ${entry.country} | ${observations.length} | ${warnings.length} | ${groups.length} | ${ids} |`;
      }),
    ].join('\n');
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    assert.ok(start >= 0 && end > start, `${DOC} has the corpus table markers`);
    const updated = `${doc.slice(0, start + START.length)}\n${lines}\n${doc.slice(end)}`;
    if (process.env.UPDATE_CORPUS === '1') writeFileSync(DOC, updated);
    else assert.equal(doc, updated, `the corpus table changed: run UPDATE_CORPUS=1 and review the diff`);
  });
});
