// CL_OCCUPATION: ISCO-08 major groups, coded OC0–OC9 so that they never clash with other
// numeric codes. English is the ILO's title; es/fr/pt follow the ILO's CIUO-08, CITP-08 and
// Portuguese CIUO-08 titles. OVERQUALIFICATION counts tertiary graduates in OC4–OC9.
import { labels } from '../labels.js';
import { totalCode, unknownCode } from './common-codes.js';
import { code, defineCodelist } from './define.js';

// biome-ignore format: one row per code reads as a table
const MAJOR_GROUPS: [string, string, string, string, string][] = [
  ['0', 'Armed forces occupations', 'Ocupaciones militares', 'Professions militaires', 'Membros das forças armadas'],
  ['1', 'Managers', 'Directores y gerentes', 'Directeurs, cadres de direction et gérants', 'Diretores e gerentes'],
  ['2', 'Professionals', 'Profesionales científicos e intelectuales', 'Professions intellectuelles et scientifiques', 'Profissionais das ciências e intelectuais'],
  ['3', 'Technicians and associate professionals', 'Técnicos y profesionales de nivel medio', 'Professions intermédiaires', 'Técnicos e profissionais de nível médio'],
  ['4', 'Clerical support workers', 'Personal de apoyo administrativo', 'Employés de type administratif', 'Trabalhadores de apoio administrativo'],
  ['5', 'Service and sales workers', 'Trabajadores de los servicios y vendedores de comercios y mercados', 'Personnel des services directs aux particuliers, commerçants et vendeurs', 'Trabalhadores dos serviços, vendedores dos comércios e mercados'],
  ['6', 'Skilled agricultural, forestry and fishery workers', 'Agricultores y trabajadores calificados agropecuarios, forestales y pesqueros', "Agriculteurs et ouvriers qualifiés de l'agriculture, de la sylviculture et de la pêche", 'Trabalhadores qualificados da agropecuária, florestais, da caça e da pesca'],
  ['7', 'Craft and related trades workers', 'Oficiales, operarios y artesanos de artes mecánicas y de otros oficios', "Métiers qualifiés de l'industrie et de l'artisanat", 'Trabalhadores qualificados, operários e artesãos da construção, das artes mecânicas e outros ofícios'],
  ['8', 'Plant and machine operators, and assemblers', 'Operadores de instalaciones y máquinas y ensambladores', "Conducteurs d'installations et de machines, et ouvriers de l'assemblage", 'Operadores de instalações e máquinas e montadores'],
  ['9', 'Elementary occupations', 'Ocupaciones elementales', 'Professions élémentaires', 'Ocupações elementares'],
];

export const CL_OCCUPATION = defineCodelist(
  'CL_OCCUPATION',
  labels(
    'Occupation (ISCO-08 major groups)',
    'Ocupación (grandes grupos CIUO-08)',
    'Profession (grands groupes CITP-08)',
    'Ocupação (grandes grupos CIUO-08)',
  ),
  [
    ...MAJOR_GROUPS.map(([digit, en, es, fr, pt]) =>
      code(`OC${digit}`, labels(en, es, fr, pt), [
        digit,
        `ISCO ${digit}`,
        `CIUO ${digit}`,
        `Gran grupo ${digit}`,
      ]),
    ),
    unknownCode(['Ocupación no especificada', 'Occupation not stated', 'Profession non déclarée']),
    totalCode(['Todas las ocupaciones', 'All occupations', 'Toutes professions', 'Todas as ocupações']),
  ],
);
