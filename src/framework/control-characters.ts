// Text stored by SICREMI holds no C0 control character but tab, line feed and carriage return:
// PostgreSQL refuses a NUL in text (a 500 there, stored on SQLite, which then broke a SQLite →
// PostgreSQL restore), and the others only ever come from a mistake or an attack. One rule for
// every text field of the API (src/server/guards/), every footnote of a file (rule INVALID_TEXT)
// and every row of a restored backup.

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are the point.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** The code of the first forbidden control character of `text`, or undefined. */
export function findControlCharacter(text: string): number | undefined {
  const match = FORBIDDEN.exec(text);
  return match ? match[0].charCodeAt(0) : undefined;
}

/** The path (`a.b[2].c`) and code of the first string in `value` holding one, or undefined. */
export function findControlText(value: unknown, path = ''): { path: string; char: number } | undefined {
  if (typeof value === 'string') {
    const char = findControlCharacter(value);
    return char === undefined ? undefined : { path, char };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    for (const [key, item] of Object.entries(value)) {
      const name = path ? `${path}.${key}` : key;
      const char = findControlCharacter(key);
      if (char !== undefined) return { path: name, char };
      const found = findControlText(item, name);
      if (found) return found;
    }
  }
  return undefined;
}
