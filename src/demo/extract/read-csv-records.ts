// Build-time only: a CSV file with a header row as records of strings.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export function readCsvRecords(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${path}: ${parsed.errors[0]!.message}`);
  return parsed.data;
}
