// CL_AREA: every ISO 3166-1 country (not only OAS members — migrants come from everywhere),
// plus `XXA` stateless, `OTH` a country not listed, `_U` unknown and `_T` all countries.
// REF_AREA, CITIZENSHIP, COUNTRY_OF_BIRTH and COUNTERPART_AREA all use it.
import { COUNTRIES } from '../countries.js';
import { labels } from '../labels.js';
import type { Code, Codelist, Country } from '../types.js';
import { totalCode, unknownCode } from './common-codes.js';

function countryCode(country: Country): Code {
  const official = Object.values(country.officialNames ?? {}).filter((n): n is string => Boolean(n));
  const aliases = [...new Set([...official, ...(country.aliases ?? [])])];
  return { id: country.iso3, labels: country.names, ...(aliases.length > 0 ? { aliases } : {}) };
}

const SPECIAL_CODES: Code[] = [
  {
    id: 'XXA',
    labels: labels('Stateless', 'Apátrida', 'Apatride', 'Apátrida'),
    aliases: ['Stateless persons', 'Apátridas', 'Sin nacionalidad', 'Apatrides', 'Sem nacionalidade'],
  },
  {
    id: 'OTH',
    labels: labels('Other countries', 'Otros países', 'Autres pays', 'Outros países'),
    aliases: ['Otros', 'Resto del mundo', 'Outros', 'Resto do mundo', 'Autres', 'Reste du monde', 'Other'],
  },
  unknownCode(['País desconocido', 'Country unknown', 'Pays inconnu', 'País desconhecido']),
  totalCode([
    'All countries',
    'Todos los países',
    'Tous les pays',
    'Todos os países',
    'World',
    'Mundo',
    'Monde',
  ]),
];

export const CL_AREA: Codelist = {
  id: 'CL_AREA',
  agency: 'OAS',
  version: '1.0',
  names: labels('Countries and areas', 'Países y áreas', 'Pays et zones', 'Países e áreas'),
  codes: [...COUNTRIES.map(countryCode), ...SPECIAL_CODES],
};
