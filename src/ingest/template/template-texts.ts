// What a template says to the correspondent, in their language: sheet names and the
// instructions sheet. Kept as data so a translator can read and correct it in one place.
import { labels } from '../../framework/labels.js';
import type { Labels, Lang } from '../../framework/types.js';

export const SHEET_NAMES = {
  data: labels('Data', 'Datos', 'Données', 'Dados'),
  instructions: labels('Instructions', 'Instrucciones', 'Instructions', 'Instruções'),
  codes: labels('Codes', 'Códigos', 'Codes', 'Códigos'),
} satisfies Record<string, Labels>;

export const UNITS = {
  PS0: labels('Persons.', 'Personas.', 'Personnes.', 'Pessoas.'),
  PS3: labels(
    'Thousands of persons.',
    'Miles de personas.',
    'Milliers de personnes.',
    'Milhares de pessoas.',
  ),
  USD_M6: labels(
    'Millions of US dollars.',
    'Millones de dólares estadounidenses.',
    'Millions de dollars des États-Unis.',
    'Milhões de dólares americanos.',
  ),
} satisfies Record<string, Labels>;

const LONG = labels(
  'One row per cell of the table: a code in each column, then the value.',
  'Una fila por celda del cuadro: un código en cada columna y luego el valor.',
  'Une ligne par cellule du tableau : un code dans chaque colonne, puis la valeur.',
  'Uma linha por célula da tabela: um código em cada coluna e depois o valor.',
);
const WIDE = labels(
  'One row per combination of the first columns; the values of {dimension} run across the columns.',
  'Una fila por combinación de las primeras columnas; los valores de {dimension} van en columnas.',
  'Une ligne par combinaison des premières colonnes ; les valeurs de {dimension} sont en colonnes.',
  'Uma linha por combinação das primeiras colunas; os valores de {dimension} vão nas colunas.',
);

const COMMON: Labels[] = [
  labels(
    'Choose codes from the lists, or type a code or a label in any language (for example “Perú”, “Mujeres”): they are recognised.',
    'Elija los códigos de las listas, o escriba un código o un nombre en cualquier idioma (por ejemplo «Perú», «Mujeres»): se reconocen.',
    'Choisissez les codes dans les listes, ou tapez un code ou un libellé dans n’importe quelle langue (par exemple « Pérou », « Femmes ») : ils sont reconnus.',
    'Escolha os códigos das listas, ou digite um código ou um nome em qualquer idioma (por exemplo “Peru”, “Mulheres”): eles são reconhecidos.',
  ),
  labels(
    'An empty cell is not a zero. If there is no value, leave it empty and give its reason: L (exists but not collected), M (not applicable), O (missing) or Q (confidential). Write 0 for a true zero.',
    'Una celda vacía no es un cero. Si no hay valor, déjela vacía e indique el motivo: L (existe pero no se recopiló), M (no aplica), O (faltante) o Q (confidencial). Escriba 0 para un cero real.',
    'Une cellule vide n’est pas un zéro. S’il n’y a pas de valeur, laissez-la vide et donnez-en la raison : L (existe mais non collectée), M (sans objet), O (manquante) ou Q (confidentielle). Écrivez 0 pour un vrai zéro.',
    'Uma célula vazia não é um zero. Se não houver valor, deixe-a vazia e indique o motivo: L (existe, mas não foi coletado), M (não se aplica), O (ausente) ou Q (confidencial). Escreva 0 para um zero verdadeiro.',
  ),
  labels(
    'Totals (_T) must equal the sum of their parts, unknown (_U) included. Report the total of each year by sex.',
    'Los totales (_T) deben ser iguales a la suma de sus partes, incluido el desconocido (_U). Informe el total de cada año por sexo.',
    'Les totaux (_T) doivent égaler la somme de leurs éléments, inconnu (_U) compris. Déclarez le total de chaque année par sexe.',
    'Os totais (_T) devem ser iguais à soma das suas partes, incluído o desconhecido (_U). Informe o total de cada ano por sexo.',
  ),
  labels(
    'Pre-filled values are the last published figures: correct them or add the new year. Do not rename the columns or the sheets.',
    'Los valores ya escritos son las últimas cifras publicadas: corríjalas o agregue el nuevo año. No cambie el nombre de las columnas ni de las hojas.',
    'Les valeurs déjà saisies sont les derniers chiffres publiés : corrigez-les ou ajoutez la nouvelle année. Ne renommez ni les colonnes ni les feuilles.',
    'Os valores já preenchidos são os últimos números publicados: corrija-os ou acrescente o novo ano. Não renomeie as colunas nem as planilhas.',
  ),
];

const WIDE_STATUS = labels(
  'In a value cell, a letter L, M, O or Q alone says why the value is missing.',
  'En una celda de valor, una letra L, M, O o Q sola indica por qué falta el valor.',
  'Dans une cellule de valeur, une lettre L, M, O ou Q seule indique pourquoi la valeur manque.',
  'Numa célula de valor, uma letra L, M, O ou Q sozinha indica por que o valor falta.',
);

/** The instruction lines of a template, in `lang`. */
export function listInstructions(
  lang: Lang,
  layout: 'long' | 'wide',
  wideDimension: string,
  unit: Labels,
): string[] {
  const shape = layout === 'long' ? LONG[lang] : WIDE[lang].replace('{dimension}', wideDimension);
  return [
    shape,
    ...COMMON.map((line) => line[lang]),
    ...(layout === 'wide' ? [WIDE_STATUS[lang]] : []),
    unit[lang],
  ];
}
