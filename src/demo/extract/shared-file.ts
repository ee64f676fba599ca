// Build-time only: a file of the shared real-data snapshot (../shared/data), with the
// provenance recorded beside it in provenance.tsv (repository, path, commit) and the date it
// was taken into the snapshot — what sources.json cites as "via" and "retrieved".
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SharedFile {
  path: string;
  via: string;
  retrieved: string;
}

export function describeSharedFile(sharedDir: string, localFile: string): SharedFile {
  const path = join(sharedDir, localFile);
  const line = readFileSync(join(sharedDir, 'provenance.tsv'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .find((cells) => cells[0] === localFile);
  const commit = line?.[3] ?? '-';
  const origin =
    line && commit !== '-'
      ? `; from ${line[1]} ${line[2]} at commit ${commit}`
      : '; derived in the shared snapshot (see its PROVENANCE.md)';
  return {
    path,
    via: `../shared/data/${localFile}${origin}`,
    retrieved: statSync(path).mtime.toISOString().slice(0, 10),
  };
}

export function joinVia(files: readonly SharedFile[]): string {
  return files.map((f) => f.via).join(' | ');
}
