// A restore is all or nothing: before anything is written, every row of the backup is read and
// every text value holding a control character is listed (table, row id, column), so a SQLite
// backup made before such text was refused is fixed once, not one failing row at a time.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { findControlCharacter } from '../../framework/control-characters.js';
import { WorkflowError } from '../workflow-error.js';
import type { BackupLine } from './backup-format.js';

export interface BadText {
  table: string;
  /** The row's `id` column, or its position in the table (1-based) when it has none. */
  id: string;
  column: string;
}

export async function findBadText(file: string): Promise<BadText[]> {
  const input = createReadStream(file).pipe(createGunzip());
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const bad: BadText[] = [];
  let table = '';
  let columns: string[] = [];
  let position = 0;
  try {
    for await (const text of reader) {
      if (!text) continue;
      const line = JSON.parse(text) as BackupLine;
      if (line.type === 'table') {
        table = line.name;
        columns = line.columns;
        position = 0;
      } else if (line.type === 'rows') {
        const idAt = columns.indexOf('id');
        for (const row of line.rows) {
          position++;
          row.forEach((value, i) => {
            if (typeof value !== 'string' || findControlCharacter(value) === undefined) return;
            const id = idAt >= 0 ? String(row[idAt]) : `#${position}`;
            bad.push({ table, id, column: columns[i] ?? String(i) });
          });
        }
      }
    }
  } catch (error) {
    if (error instanceof SyntaxError || (error as { code?: string }).code?.startsWith('Z_')) {
      throw new WorkflowError('BACKUP_INVALID', 400, { reason: 'damaged' });
    }
    throw error;
  }
  return bad;
}

/** Refuses the backup, listing every bad value, when any text holds a control character. */
export async function checkBackupText(file: string): Promise<void> {
  const bad = await findBadText(file);
  if (bad.length > 0)
    throw new WorkflowError('BACKUP_INVALID_TEXT', 400, { count: bad.length }, { rows: bad });
}
