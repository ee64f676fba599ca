import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGUAGES, type Labels } from '../../framework/types.js';
import { REPORT_ERROR_MESSAGES } from '../report-error.js';
import { fillTemplate, listSlots } from './fill-template.js';
import { NARRATIVE } from './narrative-templates.js';
import { NOTES } from './notes-texts.js';
import { REGIONAL } from './regional-templates.js';
import { UI } from './ui-texts.js';

const SETS: Record<string, Record<string, Labels>> = {
  NARRATIVE,
  REGIONAL,
  NOTES,
  UI,
  REPORT_ERROR_MESSAGES,
};

test('every template has a text in each language, with the same slots as English', () => {
  for (const [set, templates] of Object.entries(SETS)) {
    for (const [key, texts] of Object.entries(templates)) {
      const slots = listSlots(texts.en);
      for (const lang of LANGUAGES) {
        assert.ok(texts[lang].trim().length > 0, `${set}.${key}.${lang} is empty`);
        assert.deepEqual(listSlots(texts[lang]), slots, `${set}.${key}.${lang} slots differ from English`);
      }
    }
  }
});

test('refuses to leave a slot unfilled', () => {
  assert.equal(fillTemplate('In {year}.', { year: '2020' }), 'In 2020.');
  assert.throws(() => fillTemplate('In {year}, {count}.', { year: '2020' }), /\{count\}/);
});
