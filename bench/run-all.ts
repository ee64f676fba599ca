// `npm run bench`: every benchmark of the project, one after the other — each is an npm script
// named bench:<name> (bench:ingest, bench:api…), so a new benchmark joins by adding its script.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts: Record<string, string> = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).scripts;
const benches = Object.keys(scripts).filter((name) => name.startsWith('bench:'));
const failed: string[] = [];
for (const name of benches) {
  console.log(`\n=== npm run ${name}`);
  const result = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (result.status !== 0) failed.push(name);
}
console.log(
  `\n${benches.length - failed.length}/${benches.length} benchmarks ran${failed.length ? `; failed: ${failed.join(', ')}` : ''}`,
);
process.exitCode = failed.length > 0 ? 1 : 0;
