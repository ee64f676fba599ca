// A SICREMI backup is one gzip file of JSON lines, the same for SQLite and PostgreSQL (a backup
// of one engine restores into the other): a header, then each table (its columns, then one line
// per row as an array of values), then each original file in base64 chunks with its SHA-256,
// then an end line. A backup without its end line is truncated and is refused whole.
export const BACKUP_FORMAT = 'sicremi-backup';
export const BACKUP_VERSION = 1;

export type BackupLine =
  | {
      type: 'header';
      format: string;
      version: number;
      createdAt: string;
      dialect: string;
      migrations: string[];
    }
  | { type: 'table'; name: string; columns: string[] }
  | { type: 'rows'; rows: unknown[][] }
  | { type: 'end-table'; name: string; count: number }
  | { type: 'file'; sha256: string; path: string; size: number }
  | { type: 'chunk'; data: string }
  | { type: 'end-file'; sha256: string }
  | { type: 'end'; tables: number; rows: number; files: number };

export interface BackupSummary {
  tables: number;
  rows: number;
  files: number;
  /** Files listed in the store but absent from the data directory. */
  missingFiles: string[];
}
