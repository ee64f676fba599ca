// The text of a PDF as pdftotext (poppler-utils) extracts it, with the no-break spaces of
// French and Spanish numbers made plain spaces. Without pdftotext a test skips with one line —
// except in CI (CI=true), where .ci/run installs it and its absence is a failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;

/** Why PDF-text tests skip here, or false when they run (never skips in CI). */
export function pdfTextSkip(): string | false {
  if (HAS_PDFTOTEXT) return false;
  if (process.env.CI) throw new Error('pdftotext (poppler-utils) is required in CI and is missing');
  return 'pdftotext (poppler-utils) is not installed: PDF text checks skipped (apt-get install poppler-utils)';
}

export function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

export function extractPdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'sicremi-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return normalizeSpaces(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
