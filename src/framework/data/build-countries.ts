// Generates countries.json — CL_AREA's ISO 3166-1 countries with names in en/es/fr/pt and the
// UN M49 long forms in en/es/fr — from the shared code tables. The runtime reads only the
// committed JSON; OAS name forms and correspondents' aliases are curated in
// ../codelists/area-overrides.ts and applied at load time, so this file stays pure source data.
//
// Run after the shared tables change:
//   node --import tsx src/framework/data/build-countries.ts [/work/shared/data/codes-iso-m49]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = process.argv[2] ?? '/work/shared/data/codes-iso-m49';

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, optional BOM. */
function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header = [], ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

function readUnNames(lang: string): Map<string, string> {
  const rows = readCsv(join(sourceDir, `unsd_m49_${lang}.csv`));
  return new Map(rows.map((r) => [r['ISO-alpha3 Code'] ?? '', r['Country or Area'] ?? '']));
}

const un = { en: readUnNames('en'), es: readUnNames('es'), fr: readUnNames('fr') };
const countries = readCsv(join(sourceDir, 'iso3166_names_en_es_fr_pt.csv')).map((r) => {
  const iso3 = r.alpha3 ?? '';
  const names = { en: r.name_en ?? '', es: r.name_es ?? '', fr: r.name_fr ?? '', pt: r.name_pt ?? '' };
  const officialNames: Record<string, string> = {};
  for (const lang of ['en', 'es', 'fr'] as const) {
    const long = un[lang].get(iso3);
    if (long && long !== names[lang]) officialNames[lang] = long;
  }
  return {
    iso3,
    iso2: r.alpha2 ?? '',
    m49: r.numeric ?? '',
    names,
    ...(Object.keys(officialNames).length > 0 ? { officialNames } : {}),
  };
});
countries.sort((a, b) => a.iso3.localeCompare(b.iso3));

writeFileSync(join(here, 'countries.json'), `${JSON.stringify(countries, null, 1)}\n`);
console.log(`countries.json: ${countries.length} countries`);
