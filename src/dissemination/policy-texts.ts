// The words readers see around a policy event shown in a language it was not written in:
// "original in Spanish" — never a silent blank, never a machine translation passed as reviewed.
import type { Labels, Lang } from '../framework/types.js';

const LANGUAGE_NAMES: Record<Lang, Labels> = {
  en: { en: 'English', es: 'inglés', fr: 'anglais', pt: 'inglês' },
  es: { en: 'Spanish', es: 'español', fr: 'espagnol', pt: 'espanhol' },
  fr: { en: 'French', es: 'francés', fr: 'français', pt: 'francês' },
  pt: { en: 'Portuguese', es: 'portugués', fr: 'portugais', pt: 'português' },
};

const ORIGINAL_IN: Labels = {
  en: 'original in {language}',
  es: 'original en {language}',
  fr: 'original en {language}',
  pt: 'original em {language}',
};

/** "original in Spanish", in the reader's language. */
export function describeOriginalLanguage(original: Lang, reader: Lang): string {
  return ORIGINAL_IN[reader].replace('{language}', LANGUAGE_NAMES[original][reader]);
}
