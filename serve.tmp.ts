import { buildApp } from './src/server/app.js';
import { prepareStore } from './src/store/prepare-store.js';
import { loadSyntheticFixture } from './test/sdmx-synthetic.js';
import { createTestStore } from './test/support/test-store.js';
const t = await createTestStore();
await prepareStore(t.store);
await loadSyntheticFixture(t.store);
const app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
console.log(await app.listen({ port: 48123, host: '127.0.0.1' }));
