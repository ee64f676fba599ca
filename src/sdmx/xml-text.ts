// Writing XML by hand, safely: every text and attribute value passes through `esc`, names in
// several languages become one element per language (xml:lang), and elements are built as
// strings so a streamed message can be written piece by piece.
import { LANGUAGES, type Labels } from '../framework/types.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for an element or a quoted attribute; drops characters XML 1.0 forbids. */
export function esc(value: string | number): string {
  return String(value)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** ` a="1" b="2"`, leaving out undefined values. */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) out += ` ${name}="${esc(String(value))}"`;
  }
  return out;
}

export function element(
  name: string,
  attributes: Record<string, string | number | boolean | undefined>,
  content?: string,
): string {
  return content === undefined || content === ''
    ? `<${name}${attrs(attributes)}/>`
    : `<${name}${attrs(attributes)}>${content}</${name}>`;
}

/** One element per language that has a text, the reader's language first. */
export function localisedElements(name: string, texts: Labels, first: string): string {
  const langs = [first, ...LANGUAGES.filter((l) => l !== first)] as (keyof Labels)[];
  return langs
    .filter((l) => texts[l])
    .map((l) => `<${name} xml:lang="${l}">${esc(texts[l])}</${name}>`)
    .join('');
}
