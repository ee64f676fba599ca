// Narrative sentences are templates with {slots}, one per language, so translators see whole
// sentences and word order stays theirs. A slot left unfilled is a programming error: it must
// never reach a reader as "{share}".
export function fillTemplate(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = slots[name];
    if (value === undefined) throw new Error(`template slot {${name}} has no value: ${template}`);
    return value;
  });
}

/** The slot names a template uses, to check that every language uses the same ones. */
export function listSlots(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** Upper-cases the first letter (a sentence that starts with a slot such as "de la Argentina"). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "Sources:" — French puts a (no-break) space before the colon. */
export function withColon(lang: string, text: string): string {
  return lang === 'fr' ? `${text}\u00a0:` : `${text}:`;
}
