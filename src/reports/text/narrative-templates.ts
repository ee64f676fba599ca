// Sentences built from figures, one template per language with {slots}. Numbers arrive already
// formatted for the language; country names arrive with their article and preposition
// (country-grammar.ts); variants cover direction (up, down, stable) and grammatical number
// (one, other). A test checks every language uses the same slots.
import { labels } from '../../framework/labels.js';
import type { Labels } from '../../framework/types.js';

export const NARRATIVE = {
  stockWithShare: labels(
    'In {year}, {count} people living {in_country} had been born abroad, {share} of the population.',
    'En {year}, {count} personas residentes {in_country} habían nacido en el extranjero, el {share} de la población.',
    'En {year}, {count} personnes résidant {in_country} étaient nées à l’étranger, soit {share} de la population.',
    'Em {year}, {count} pessoas residentes {in_country} haviam nascido no exterior, {share} da população.',
  ),
  stockWithoutShare: labels(
    'In {year}, {count} people living {in_country} had been born abroad.',
    'En {year}, {count} personas residentes {in_country} habían nacido en el extranjero.',
    'En {year}, {count} personnes résidant {in_country} étaient nées à l’étranger.',
    'Em {year}, {count} pessoas residentes {in_country} haviam nascido no exterior.',
  ),
  stockUp: labels(
    'The foreign-born population grew by {pct} since {previous}.',
    'La población nacida en el extranjero aumentó un {pct} desde {previous}.',
    'La population née à l’étranger a augmenté de {pct} depuis {previous}.',
    'A população nascida no exterior aumentou {pct} desde {previous}.',
  ),
  stockDown: labels(
    'The foreign-born population fell by {pct} since {previous}.',
    'La población nacida en el extranjero disminuyó un {pct} desde {previous}.',
    'La population née à l’étranger a diminué de {pct} depuis {previous}.',
    'A população nascida no exterior diminuiu {pct} desde {previous}.',
  ),
  stockStable: labels(
    'The foreign-born population has hardly changed since {previous}.',
    'La población nacida en el extranjero apenas ha variado desde {previous}.',
    'La population née à l’étranger n’a guère varié depuis {previous}.',
    'A população nascida no exterior quase não variou desde {previous}.',
  ),
  changeFlagged: labels(
    'Change since {previous}: {change}. It rests on figures flagged as estimated, partial, provisional or differently defined (see the notes), so no direction is asserted.',
    'Variación desde {previous}: {change}. Se basa en cifras marcadas como estimadas, parciales, provisionales o de otra definición (véanse las notas), por lo que no se afirma su sentido.',
    'Variation depuis {previous} : {change}. Elle repose sur des chiffres signalés comme estimés, partiels, provisoires ou de définition différente (voir les notes) : son sens n’est pas affirmé.',
    'Variação desde {previous}: {change}. Baseia-se em números assinalados como estimados, parciais, provisórios ou de outra definição (ver as notas), por isso o seu sentido não é afirmado.',
  ),
  changeAbsentEDITION: labels(
    'No change since {previous} is given: the figures come from different editions of the source ({editions}).',
    'No se indica la variación desde {previous}: las cifras proceden de ediciones distintas de la fuente ({editions}).',
    'Aucune variation depuis {previous} n’est indiquée : les chiffres proviennent d’éditions différentes de la source ({editions}).',
    'Não se indica a variação desde {previous}: os números provêm de edições diferentes da fonte ({editions}).',
  ),
  changeAbsentSOURCE: labels(
    'No change since {previous} is given: the figures come from different sources ({editions}).',
    'No se indica la variación desde {previous}: las cifras proceden de fuentes distintas ({editions}).',
    'Aucune variation depuis {previous} n’est indiquée : les chiffres proviennent de sources différentes ({editions}).',
    'Não se indica a variação desde {previous}: os números provêm de fontes diferentes ({editions}).',
  ),
  changeAbsentBREAK: labels(
    'No change since {previous} is given: the series has a break (see the notes) ({editions}).',
    'No se indica la variación desde {previous}: la serie tiene una ruptura (véanse las notas) ({editions}).',
    'Aucune variation depuis {previous} n’est indiquée : la série présente une rupture (voir les notes) ({editions}).',
    'Não se indica a variação desde {previous}: a série tem uma quebra (ver as notas) ({editions}).',
  ),
  womenShare: labels(
    'Women made up {share} of the foreign-born population.',
    'Las mujeres representaban el {share} de la población nacida en el extranjero.',
    'Les femmes représentaient {share} de la population née à l’étranger.',
    'As mulheres representavam {share} da população nascida no exterior.',
  ),
  origins: labels(
    'Main countries of birth in {year}: {list}.',
    'Principales países de nacimiento en {year}: {list}.',
    'Principaux pays de naissance en {year} : {list}.',
    'Principais países de nascimento em {year}: {list}.',
  ),
  permanentOne: labels(
    'In {year}, {count} foreign national received a permanent-type residence permit {in_country}.',
    'En {year}, {count} persona extranjera obtuvo un permiso de residencia de tipo permanente {in_country}.',
    'En {year}, {count} ressortissant étranger a obtenu un titre de séjour à caractère permanent {in_country}.',
    'Em {year}, {count} estrangeiro obteve uma autorização de residência de tipo permanente {in_country}.',
  ),
  permanentOther: labels(
    'In {year}, {count} foreign nationals received a permanent-type residence permit {in_country}.',
    'En {year}, {count} personas extranjeras obtuvieron un permiso de residencia de tipo permanente {in_country}.',
    'En {year}, {count} ressortissants étrangers ont obtenu un titre de séjour à caractère permanent {in_country}.',
    'Em {year}, {count} estrangeiros obtiveram uma autorização de residência de tipo permanente {in_country}.',
  ),
  flowUp: labels(
    'That is {pct} more than in {previous}.',
    'Es un {pct} más que en {previous}.',
    'C’est {pct} de plus qu’en {previous}.',
    'São {pct} a mais do que em {previous}.',
  ),
  flowDown: labels(
    'That is {pct} fewer than in {previous}.',
    'Es un {pct} menos que en {previous}.',
    'C’est {pct} de moins qu’en {previous}.',
    'São {pct} a menos do que em {previous}.',
  ),
  flowStable: labels(
    'That is about as many as in {previous}.',
    'Es una cifra similar a la de {previous}.',
    'C’est à peu près autant qu’en {previous}.',
    'É um número semelhante ao de {previous}.',
  ),
  inflowRate: labels(
    'In {year}, permanent-type inflows amounted to {rate} per 1,000 inhabitants.',
    'En {year}, las entradas de tipo permanente equivalían a {rate} por cada 1.000 habitantes.',
    'En {year}, les entrées à caractère permanent représentaient {rate} pour 1 000 habitants.',
    'Em {year}, as entradas de tipo permanente equivaliam a {rate} por 1.000 habitantes.',
  ),
  topCategory: labels(
    'Largest category: “{category}” ({share} of the total).',
    'Categoría principal: «{category}» ({share} del total).',
    'Principale catégorie : « {category} » ({share} du total).',
    'Principal categoria: “{category}” ({share} do total).',
  ),
  temporaryOne: labels(
    'In {year}, {count} temporary permit was granted {in_country}.',
    'En {year}, se concedió {count} permiso temporal {in_country}.',
    'En {year}, {count} titre de séjour temporaire a été délivré {in_country}.',
    'Em {year}, foi concedida {count} autorização temporária {in_country}.',
  ),
  temporaryOther: labels(
    'In {year}, {count} temporary permits were granted {in_country}.',
    'En {year}, se concedieron {count} permisos temporales {in_country}.',
    'En {year}, {count} titres de séjour temporaires ont été délivrés {in_country}.',
    'Em {year}, foram concedidas {count} autorizações temporárias {in_country}.',
  ),
  asylumOne: labels(
    'In {year}, {count} new asylum application was lodged {in_country}.',
    'En {year}, se presentó {count} nueva solicitud de asilo {in_country}.',
    'En {year}, {count} nouvelle demande d’asile a été déposée {in_country}.',
    'Em {year}, foi apresentado {count} novo pedido de asilo {in_country}.',
  ),
  asylumOther: labels(
    'In {year}, {count} new asylum applications were lodged {in_country}.',
    'En {year}, se presentaron {count} nuevas solicitudes de asilo {in_country}.',
    'En {year}, {count} nouvelles demandes d’asile ont été déposées {in_country}.',
    'Em {year}, foram apresentados {count} novos pedidos de asilo {in_country}.',
  ),
  asylumOrigin: labels(
    'Main citizenship of the applicants: {country} ({share}).',
    'Principal nacionalidad de los solicitantes: {country} ({share}).',
    'Principale nationalité des demandeurs : {country} ({share}).',
    'Principal nacionalidade dos requerentes: {country} ({share}).',
  ),
  naturalisationOne: labels(
    'In {year}, {count} person acquired the citizenship {of_country}.',
    'En {year}, {count} persona adquirió la nacionalidad {of_country}.',
    'En {year}, {count} personne a acquis la nationalité {of_country}.',
    'Em {year}, {count} pessoa adquiriu a nacionalidade {of_country}.',
  ),
  naturalisationOther: labels(
    'In {year}, {count} people acquired the citizenship {of_country}.',
    'En {year}, {count} personas adquirieron la nacionalidad {of_country}.',
    'En {year}, {count} personnes ont acquis la nationalité {of_country}.',
    'Em {year}, {count} pessoas adquiriram a nacionalidade {of_country}.',
  ),
  labourAbove: labels(
    'In {year}, the {rate} of the foreign-born was {fb}, {gap} {points} above that of the native-born ({nb}).',
    'En {year}, la {rate} de los nacidos en el extranjero era del {fb}, {gap} {points} por encima de la de los nativos ({nb}).',
    'En {year}, le {rate} des personnes nées à l’étranger était de {fb}, soit {gap} {points} de plus que celui des natifs ({nb}).',
    'Em {year}, a {rate} dos nascidos no exterior era de {fb}, {gap} {points} acima da dos nativos ({nb}).',
  ),
  labourBelow: labels(
    'In {year}, the {rate} of the foreign-born was {fb}, {gap} {points} below that of the native-born ({nb}).',
    'En {year}, la {rate} de los nacidos en el extranjero era del {fb}, {gap} {points} por debajo de la de los nativos ({nb}).',
    'En {year}, le {rate} des personnes nées à l’étranger était de {fb}, soit {gap} {points} de moins que celui des natifs ({nb}).',
    'Em {year}, a {rate} dos nascidos no exterior era de {fb}, {gap} {points} abaixo da dos nativos ({nb}).',
  ),
  labourEqual: labels(
    'In {year}, the {rate} of the foreign-born was {fb}, the same as that of the native-born.',
    'En {year}, la {rate} de los nacidos en el extranjero era del {fb}, igual a la de los nativos.',
    'En {year}, le {rate} des personnes nées à l’étranger était de {fb}, identique à celui des natifs.',
    'Em {year}, a {rate} dos nascidos no exterior era de {fb}, igual à dos nativos.',
  ),
  pointsOne: labels('percentage point', 'punto porcentual', 'point de pourcentage', 'ponto percentual'),
  pointsOther: labels(
    'percentage points',
    'puntos porcentuales',
    'points de pourcentage',
    'pontos percentuais',
  ),
  rateEMPLOYMENT_RATE: labels('employment rate', 'tasa de ocupación', 'taux d’emploi', 'taxa de ocupação'),
  rateUNEMPLOYMENT_RATE: labels(
    'unemployment rate',
    'tasa de desocupación',
    'taux de chômage',
    'taxa de desocupação',
  ),
  ratePARTICIPATION_RATE: labels(
    'participation rate',
    'tasa de participación',
    'taux d’activité',
    'taxa de participação',
  ),
  notReported: labels(
    'Not yet published for this country: {list}.',
    'Aún no publicado para este país: {list}.',
    'Pas encore publié pour ce pays : {list}.',
    'Ainda não publicado para este país: {list}.',
  ),
} satisfies Record<string, Labels>;

export type NarrativeKey = keyof typeof NARRATIVE;
