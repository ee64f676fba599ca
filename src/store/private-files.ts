// What SICREMI writes to disk holds personal and unpublished data: the SQLite file (accounts,
// sessions, staged figures), original submitted files, temporary uploads and backups. They are
// written readable by the server's own user only (mode 0600), whatever the umask.
import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';

export const PRIVATE_FILE_MODE = 0o600;
/** Folders holding such files: only the server's own user may list or enter them. */
export const PRIVATE_DIR_MODE = 0o700;

/** Creates `path` empty with mode 0600 when absent, and narrows an existing file to 0600. */
export function ensurePrivateFile(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  chmodSync(path, PRIVATE_FILE_MODE);
}
