import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENTRY_LAYOUTS, getEntryLayout } from './entry-layouts.js';
import { TABLES } from './tables.js';

test('every table has an entry layout that places each breakdown once, years across', () => {
  for (const table of TABLES) {
    const layout = getEntryLayout(table);
    assert.ok(layout, `${table.id} has a layout`);
    const placed = [layout.rows, ...layout.columns, ...layout.slices].sort();
    const expected = table.dimensions
      .map((d) => d.id)
      .filter((id) => id !== 'REF_AREA')
      .sort();
    assert.deepEqual(placed, expected, table.id);
    assert.ok(layout.columns.includes('TIME_PERIOD'), `${table.id}: years are columns`);
  }
  assert.equal(Object.keys(ENTRY_LAYOUTS).length, TABLES.length);
});
