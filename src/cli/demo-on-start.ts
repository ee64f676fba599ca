// On first start SICREMI shows real figures: when the store has no release at all, the demo
// datasets (UN DESA, UNHCR, IRCC, OECD) are published. A store with any release is left alone.
import { loadDemoData } from '../demo/load-demo.js';
import type { Store } from '../store/store.js';

export async function loadDemoIfEmpty(store: Store, log: (line: string) => void): Promise<void> {
  const anyRelease = await store.db.selectFrom('releases').select('id').limit(1).executeTakeFirst();
  if (anyRelease) return;
  const started = performance.now();
  const outcome = await loadDemoData(store);
  log(`Demo data loaded: ${outcome.loaded.length} datasets in ${Math.round(performance.now() - started)} ms`);
}
