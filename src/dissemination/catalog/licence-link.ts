// A release's source names its licence as text ("CC BY 3.0 IGO (http://…)"); catalogues need
// the licence as a link. The link the text gives wins; a few licences are known by name.
const KNOWN: [RegExp, string][] = [
  [/CC BY 3\.0 IGO/i, 'http://creativecommons.org/licenses/by/3.0/igo/'],
  [/CC BY 4\.0/i, 'https://creativecommons.org/licenses/by/4.0/'],
  [/Open Government Licence\s*-\s*Canada/i, 'https://open.canada.ca/en/open-government-licence-canada'],
];

export function licenceLink(text: string): string | undefined {
  const url = /https?:\/\/[^\s)]+/.exec(text)?.[0];
  return url ?? KNOWN.find(([pattern]) => pattern.test(text))?.[1];
}
