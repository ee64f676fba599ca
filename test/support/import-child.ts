// Child process for the SIGKILL test: the real import (ingest's importSubmission, the function
// behind `sicremi import` and the upload route) of a large generated file. Once 50,000 rows
// have been read — inside the import's transaction, half of them staged — it prints MIDWAY and
// stops dead (the thread blocks), so the parent's SIGKILL lands mid-import. Synthetic data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../../src/config.js';
import { COUNTRIES } from '../../src/framework/index.js';
import { fileSource, importSubmission } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/open-store.js';

const AGES = ['Y0T14', 'Y15T24', 'Y25T34', 'Y35T44', 'Y45T54', 'Y55T64', 'Y_GE65'];
const MIDWAY_ROWS = 50_000;

const config = readConfig();
const file = join(config.dataDir, 'large-stock.csv');
const lines = ['COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE'];
for (let year = 1990; year <= 2024; year++) {
  for (const country of COUNTRIES) {
    for (const sex of ['F', 'M'])
      for (const age of AGES) lines.push(`${country.iso3},${sex},${age},${year},${lines.length % 997}`);
  }
}
writeFileSync(file, `${lines.join('\n')}\n`);

const store = openStore(config);
await importSubmission(store, fileSource(file), {
  table: 'MIG_STOCK_FB',
  country: 'CHL',
  dataDir: config.dataDir,
  onProgress: (rows) => {
    if (rows < MIDWAY_ROWS) return;
    process.stdout.write('MIDWAY\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  },
});
process.stdout.write('FINISHED\n');
