// Small builders that keep the code-list data files to one line per code.
import type { Code, Codelist, Labels } from '../types.js';

export function code(id: string, texts: Labels, aliases?: string[], extra: Partial<Code> = {}): Code {
  return { id, labels: texts, ...(aliases && aliases.length > 0 ? { aliases } : {}), ...extra };
}

export function defineCodelist(
  id: string,
  names: Labels,
  codes: Code[],
  options: { agency?: string; version?: string; extensible?: boolean } = {},
): Codelist {
  return {
    id,
    agency: options.agency ?? 'OAS',
    version: options.version ?? '1.0',
    names,
    codes,
    ...(options.extensible ? { extensible: true } : {}),
  };
}
