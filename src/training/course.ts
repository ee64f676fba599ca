// The training course for new correspondents, as data: the guidelines in five lessons
// (Markdown in lessons/<id>.<lang>.md) and four exercises, each a small practice file with
// known mistakes (exercises/<id>.csv) that the learner corrects and the practice pipeline
// checks. An exercise is complete when an attempt has no error and every warning is justified
// — the same bar a real submission must clear before review.
import { labels } from '../framework/labels.js';
import type { Labels } from '../framework/types.js';

export interface Lesson {
  id: string;
  /** The exercise that practises this lesson, if any. */
  exercise?: string;
}

export interface Exercise {
  id: string;
  lesson: string;
  table: string;
  /** Illustrative figures for a small office; a learner of any country may do every exercise. */
  country: string;
  title: Labels;
  task: Labels;
  /** Rule codes the practice file shows until it is corrected. */
  mistakes: readonly string[];
  /** A warning whose value is right: the learner keeps it and justifies it. */
  mustJustify?: string;
}

export const LESSONS: readonly Lesson[] = [
  { id: 'reporting-tables' },
  { id: 'codes-and-mapping', exercise: 'unknown-labels' },
  { id: 'missing-values', exercise: 'missing-status' },
  { id: 'totals', exercise: 'totals' },
  { id: 'outliers', exercise: 'outlier' },
];

export const EXERCISES: readonly Exercise[] = [
  {
    id: 'unknown-labels',
    lesson: 'codes-and-mapping',
    table: 'MIG_STOCK_FB',
    country: 'BLZ',
    title: labels('Unknown labels', 'Etiquetas desconocidas', 'Libellés inconnus', 'Rótulos desconhecidos'),
    task: labels(
      'Belize’s census office typed countries of birth as they appear in its own tables. Two of them are not recognised. Replace each one with its ISO 3166-1 alpha-3 code (the report suggests the closest codes), then check the file again.',
      'La oficina del censo de Belice escribió los países de nacimiento tal como aparecen en sus propios cuadros. Dos de ellos no se reconocen. Reemplace cada uno por su código ISO 3166-1 alfa-3 (el informe sugiere los códigos más cercanos) y vuelva a verificar el archivo.',
      'Le bureau du recensement du Belize a saisi les pays de naissance tels qu’ils figurent dans ses propres tableaux. Deux d’entre eux ne sont pas reconnus. Remplacez chacun par son code ISO 3166-1 alpha-3 (le rapport propose les codes les plus proches), puis vérifiez à nouveau le fichier.',
      'O escritório do censo de Belize digitou os países de nascimento como aparecem em suas próprias tabelas. Dois deles não são reconhecidos. Substitua cada um pelo seu código ISO 3166-1 alfa-3 (o relatório sugere os códigos mais próximos) e verifique o arquivo novamente.',
    ),
    mistakes: ['UNKNOWN_CODE'],
  },
  {
    id: 'missing-status',
    lesson: 'missing-values',
    table: 'MIG_STOCK_FB',
    country: 'BLZ',
    title: labels(
      'Empty cells without a status',
      'Celdas vacías sin estado',
      'Cellules vides sans statut',
      'Células vazias sem situação',
    ),
    task: labels(
      'There was no census in 2015, so the 2015 figures were never collected, although the population existed. Give each empty value the status that says so in OBS_STATUS (and, if you like, a note in OBS_NOTE). Do not type a zero.',
      'En 2015 no hubo censo, por lo que las cifras de 2015 nunca se recopilaron, aunque la población existía. Dé a cada valor vacío el estado que lo indica en OBS_STATUS (y, si lo desea, una nota en OBS_NOTE). No escriba un cero.',
      'Il n’y a pas eu de recensement en 2015 : les chiffres de 2015 n’ont jamais été collectés, bien que la population existât. Donnez à chaque valeur vide le statut qui le dit dans OBS_STATUS (et, si vous le souhaitez, une note dans OBS_NOTE). Ne saisissez pas de zéro.',
      'Não houve censo em 2015, então os números de 2015 nunca foram coletados, embora a população existisse. Dê a cada valor vazio a situação que o indica em OBS_STATUS (e, se quiser, uma nota em OBS_NOTE). Não digite zero.',
    ),
    mistakes: ['MISSING_STATUS'],
  },
  {
    id: 'totals',
    lesson: 'totals',
    table: 'MIG_STOCK_FB',
    country: 'BLZ',
    title: labels(
      'A total that does not add up',
      'Un total que no cuadra',
      'Un total qui ne tombe pas juste',
      'Um total que não fecha',
    ),
    task: labels(
      'The total of 61,000 foreign-born residents and the breakdown by country of birth are right, but one figure by sex was copied wrongly from the census table, which gives 30,000 men. Correct it so that women and men add up to the total.',
      'El total de 61 000 residentes nacidos en el extranjero y el desglose por país de nacimiento son correctos, pero una cifra por sexo se copió mal del cuadro del censo, que da 30 000 hombres. Corríjala para que mujeres y hombres sumen el total.',
      'Le total de 61 000 résidents nés à l’étranger et la ventilation par pays de naissance sont justes, mais un chiffre par sexe a été mal recopié du tableau du recensement, qui donne 30 000 hommes. Corrigez-le pour que femmes et hommes fassent le total.',
      'O total de 61 000 residentes nascidos no exterior e a desagregação por país de nascimento estão corretos, mas um número por sexo foi copiado errado da tabela do censo, que dá 30 000 homens. Corrija-o para que mulheres e homens somem o total.',
    ),
    mistakes: ['ADDITIVITY'],
  },
  {
    id: 'outlier',
    lesson: 'outliers',
    table: 'MIG_INFLOW_PERM',
    country: 'BLZ',
    title: labels(
      'An outlier to justify',
      'Un valor atípico que justificar',
      'Une valeur aberrante à justifier',
      'Um valor atípico a justificar',
    ),
    task: labels(
      'Permanent-type inflows jump in 2019. The figures are right: that year an amnesty granted permanent residence to long-settled migrants, most of them men. Do not change the values; check the file, then write a justification for each warning and check again.',
      'Las entradas de tipo permanente se disparan en 2019. Las cifras son correctas: ese año una amnistía otorgó la residencia permanente a migrantes asentados desde hacía tiempo, en su mayoría hombres. No cambie los valores; verifique el archivo, escriba una justificación para cada advertencia y vuelva a verificar.',
      'Les entrées de type permanent bondissent en 2019. Les chiffres sont justes : cette année-là, une amnistie a accordé la résidence permanente à des migrants installés de longue date, surtout des hommes. Ne modifiez pas les valeurs ; vérifiez le fichier, rédigez une justification pour chaque avertissement et vérifiez à nouveau.',
      'As entradas de tipo permanente disparam em 2019. Os números estão certos: naquele ano uma anistia concedeu residência permanente a migrantes estabelecidos havia muito tempo, a maioria homens. Não altere os valores; verifique o arquivo, escreva uma justificativa para cada alerta e verifique novamente.',
    ),
    mistakes: ['OUTLIER'],
    mustJustify: 'OUTLIER',
  },
];

export function findExercise(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
