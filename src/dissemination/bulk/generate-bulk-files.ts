// A table's bulk files: everything public about it now, as the public download gives it —
// long CSV with English labels, flags, notes and release ids, and SDMX-CSV 2.0 — gzipped. They
// read through the dissemination gateway as the public, so disclosure control applies as it does
// to /api/download; the bytes of the gunzipped CSV are those of /api/download?format=csv&lang=en.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { TableDef } from '../../framework/types.js';
import type { BulkFile } from '../../store/repositories/bulk-files.js';
import type { Store } from '../../store/store.js';
import type { DisclosedObservation } from '../disclosure/disclose-observation.js';
import { writeCsv } from '../downloads/write-csv.js';
import { writeSdmxCsv } from '../downloads/write-sdmx-csv.js';
import { streamDisseminated } from '../read-disseminated.js';
import { PUBLIC_VIEWER } from '../viewer.js';

export const BULK_MEDIA_TYPE = 'application/gzip';

export function bulkFileNames(tableId: string): { csv: string; sdmx: string } {
  return { csv: `${tableId}.csv.gz`, sdmx: `${tableId}.sdmx.csv.gz` };
}

async function collect(chunks: AsyncIterable<string>): Promise<Buffer> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.from(parts.join(''), 'utf8');
}

export function describeBulkFile(
  name: string,
  tableId: string | null,
  mediaType: string,
  content: Buffer,
  generatedAt: string,
  releaseIds: number[],
): BulkFile {
  return {
    name,
    tableId,
    mediaType,
    content,
    sha256: createHash('sha256').update(content).digest('hex'),
    size: content.length,
    generatedAt,
    releaseIds,
  };
}

/** Both bulk files of `table` as public at `at`. */
export async function generateBulkFiles(store: Store, table: TableDef, at: string): Promise<BulkFile[]> {
  const releaseIds = new Set<number>();
  const read = (): AsyncIterable<DisclosedObservation[]> =>
    (async function* () {
      for await (const page of streamDisseminated(store.db, { table, filters: {}, at }, PUBLIC_VIEWER)) {
        for (const o of page) releaseIds.add(o.releaseId);
        yield page;
      }
    })();
  const csv = await collect(writeCsv(table, 'en', read()));
  const sdmx = await collect(writeSdmxCsv(table, 'en', 'id', read()));
  const ids = [...releaseIds].sort((a, b) => a - b);
  const names = bulkFileNames(table.id);
  return [
    describeBulkFile(names.csv, table.id, BULK_MEDIA_TYPE, gzipSync(csv), at, ids),
    describeBulkFile(names.sdmx, table.id, BULK_MEDIA_TYPE, gzipSync(sdmx), at, ids),
  ];
}
