// Build-time only: a file of the shared real-data snapshot (../shared/data), with the
// provenance recorded beside it in provenance.tsv (repository, path, commit) and the date it
// was taken into the snapshot — what sources.json cites as "via" and "retrieved".
// The date is the one the snapshot's README states: file modification times change whenever
// the folder is copied or laid anew, so they say nothing about when the figures were taken.
import { readFileSync } from 'node:fs';
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
    retrieved: readSnapshotDate(sharedDir),
  };
}

const SNAPSHOT_DATE = /^Snapshot retrieved:\s*(\d{4}-\d{2}-\d{2})\b/m;

/** The retrieval date the snapshot's README.md declares ("Snapshot retrieved: 2026-11-28"). */
export function readSnapshotDate(sharedDir: string): string {
  const readme = readFileSync(join(sharedDir, 'README.md'), 'utf8');
  const date = SNAPSHOT_DATE.exec(readme)?.[1];
  if (!date)
    throw new Error(`${join(sharedDir, 'README.md')} states no "Snapshot retrieved: YYYY-MM-DD" line`);
  return date;
}

export function joinVia(files: readonly SharedFile[]): string {
  return files.map((f) => f.via).join(' | ');
}
