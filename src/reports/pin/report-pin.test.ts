import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReleaseInfo } from '../../store/repositories/release-queries.js';
import type { ReportDataSource } from '../data/report-data-source.js';
import { formatIdRanges } from '../document/pin-texts.js';
import { ReportError } from '../report-error.js';
import { parseAsOf, parsePinRequest, parseReleaseIds, resolvePin } from './report-pin.js';

const NOW = '2026-03-01T00:00:00.000Z';

function release(id: number, publishedAt: string): ReleaseInfo {
  return {
    id,
    table: 'MIG_STOCK_FB',
    publishedAt,
    source: {},
    notes: null,
    observationCount: 1,
    sourceId: null,
    sourceEdition: null,
    fileSha256: null,
  };
}

const source: ReportDataSource = {
  findLatestPublication: async (now) => (now >= '2026-02-01' ? '2026-02-01T10:00:00Z' : undefined),
  findReleases: async (ids) =>
    [
      release(1, '2026-01-01T00:00:00.000Z'),
      release(2, '2026-02-01T10:00:00Z'),
      release(3, '2027-01-01T00:00:00.000Z'),
    ].filter((r) => ids.includes(r.id)),
  readCells: async () => [],
};

function code(error: unknown): string {
  return error instanceof ReportError ? error.code : String(error);
}

test('a bare date pins the end of that day, UTC', () => {
  assert.equal(parseAsOf('2026-01-15'), '2026-01-15T23:59:59.999Z');
  assert.equal(parseAsOf('2026-01-15T12:00:00+02:00'), '2026-01-15T10:00:00.000Z');
  assert.throws(
    () => parseAsOf('15/01/2026'),
    (e) => code(e) === 'INVALID_AS_OF',
  );
});

test('reads release lists and refuses a date and releases together', () => {
  assert.deepEqual(parseReleaseIds('8,3+5 3'), [3, 5, 8]);
  assert.throws(
    () => parseReleaseIds('3,x'),
    (e) => code(e) === 'INVALID_RELEASES',
  );
  assert.throws(
    () => parsePinRequest({ asOf: '2026-01-01', releases: '1' }),
    (e) => code(e) === 'CONFLICTING_PIN',
  );
  assert.equal(formatIdRanges([5, 1, 2, 3, 8, 9]), '1–3, 5, 8–9');
});

test('the latest pin is the newest publication, keyed like the same asOf', async () => {
  const pin = await resolvePin(source, {}, NOW);
  assert.deepEqual(pin, { kind: 'latest', at: '2026-02-01T10:00:00Z', key: 'as-of:2026-02-01T10:00:00Z' });
  await assert.rejects(
    resolvePin(source, {}, '2026-01-01T00:00:00.000Z'),
    (e) => code(e) === 'NO_PUBLISHED_DATA',
  );
});

test('refuses a future date and a release that is unknown or still under embargo', async () => {
  await assert.rejects(resolvePin(source, { asOf: '2026-06-01' }, NOW), (e) => code(e) === 'AS_OF_IN_FUTURE');
  await assert.rejects(resolvePin(source, { releases: [1, 3] }, NOW), (e) => code(e) === 'RELEASE_NOT_FOUND');
  await assert.rejects(resolvePin(source, { releases: [4] }, NOW), (e) => code(e) === 'RELEASE_NOT_FOUND');
  const named = await resolvePin(source, { releases: [2, 1] }, NOW);
  assert.equal(named.key, 'releases:1+2');
  assert.equal(named.at, '2026-02-01T10:00:00Z');
});
