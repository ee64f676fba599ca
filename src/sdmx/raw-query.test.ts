import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRawQuery, rawParam, rawPathSegments } from './raw-query.js';

describe('raw SDMX query strings', () => {
  test('keeps an unencoded + and reads c[DIM] brackets as names', () => {
    const q = parseRawQuery('/x?c[TIME_PERIOD]=ge:2019+le:2020&c%5BSEX%5D=F,M&detail=full');
    assert.equal(rawParam(q, 'c[TIME_PERIOD]'), 'ge:2019+le:2020');
    assert.equal(rawParam(q, 'c[SEX]'), 'F,M');
    assert.equal(rawParam(q, 'detail'), 'full');
  });

  test('decodes percent escapes, including an encoded plus', () => {
    const q = parseRawQuery('/x?updatedAfter=2009-05-15T14%3A15%3A00%2B01%3A00');
    assert.equal(rawParam(q, 'updatedAfter'), '2009-05-15T14:15:00+01:00');
  });

  test('splits the path after the prefix into decoded segments', () => {
    assert.deepEqual(rawPathSegments('/sdmx/v2/data/dataflow/OAS/X/1.0/CHL..F?x=1', '/sdmx/v2/'), [
      'data',
      'dataflow',
      'OAS',
      'X',
      '1.0',
      'CHL..F',
    ]);
  });
});
