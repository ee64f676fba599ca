import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, readConfig } from './config.js';

test('reads defaults from an empty environment', () => {
  const config = readConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.answerCacheEntries, 2000);
  assert.equal(config.maxUploadBytes, 100 * 1024 * 1024);
  assert.equal(config.databaseReadUrl, undefined);
  assert.ok(Object.isFrozen(config));
});

test('rejects a bad number with an error naming the variable, instead of NaN', () => {
  assert.throws(
    () => readConfig({ PORT: 'eighty', SICREMI_ANSWER_CACHE_ENTRIES: '1.5' }),
    (error: unknown) =>
      error instanceof ConfigError &&
      error.problems.map((p) => p.variable).join() === 'PORT,SICREMI_ANSWER_CACHE_ENTRIES' &&
      /PORT: expected a number \(got "eighty"\)/.test(error.message),
  );
});

test('rejects a read replica without a primary, and an unknown log level', () => {
  assert.throws(() => readConfig({ DATABASE_READ_URL: 'postgres://replica/sicremi' }), /DATABASE_READ_URL/);
  assert.throws(() => readConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
});

test('treats an empty variable as unset', () => {
  assert.equal(readConfig({ DATABASE_URL: '', PORT: '' }).port, 3000);
});
