// How much one submission may hold. The defaults come from the framework's rules (data, not
// code); a caller may lower or raise them, e.g. a test that builds a small zip bomb.
import { getRule } from '../../framework/rules.js';

export interface ReadLimits {
  /** Bytes of the file as sent. */
  maxBytes: number;
  /** Bytes a spreadsheet inflates to, all parts together. */
  maxUncompressedBytes: number;
  /** Data rows. */
  maxRows: number;
}

const MB = 1024 * 1024;

function ruleParam(code: string, name: string, fallback: number): number {
  const value = getRule(code)?.params?.[name];
  return typeof value === 'number' ? value : fallback;
}

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxBytes: ruleParam('FILE_TOO_LARGE', 'maxMegabytes', 50) * MB,
  maxUncompressedBytes: ruleParam('FILE_TOO_LARGE', 'maxUncompressedMegabytes', 500) * MB,
  maxRows: ruleParam('TOO_MANY_ROWS', 'maxRows', 2_000_000),
});

export function resolveLimits(limits: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}

/** Megabytes with one decimal, for messages. */
export function toMegabytes(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
