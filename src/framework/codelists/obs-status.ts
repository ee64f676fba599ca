// CL_OBS_STATUS (SDMX): how far a value can be trusted, and why a cell is empty. Zero,
// missing and not applicable are never confused: an empty value carries L, M, O or Q.
import { labels } from '../labels.js';
import { code, defineCodelist } from './define.js';

export const CL_OBS_STATUS = defineCodelist(
  'CL_OBS_STATUS',
  labels('Observation status', 'Estado de la observación', "Statut de l'observation", 'Estado da observação'),
  [
    code('A', labels('Normal value', 'Valor normal', 'Valeur normale', 'Valor normal'), [
      'Normal',
      'Definitivo',
      'Final',
    ]),
    code('B', labels('Break in series', 'Ruptura de serie', 'Rupture de série', 'Quebra de série'), [
      'Break',
      'Ruptura',
      'Quiebre de serie',
    ]),
    code(
      'D',
      labels('Definition differs', 'Definición diferente', 'Définition différente', 'Definição diferente'),
      ['Definición distinta'],
    ),
    code('E', labels('Estimated value', 'Valor estimado', 'Valeur estimée', 'Valor estimado'), [
      'Estimado',
      'Estimated',
      'Estimé',
      'Estimativa',
    ]),
    code('F', labels('Forecast value', 'Valor pronosticado', 'Valeur prévue', 'Valor previsto'), [
      'Proyección',
      'Projection',
      'Projeção',
      'Forecast',
    ]),
    code(
      'I',
      labels(
        'Value imputed by OAS',
        'Valor imputado por la OEA',
        "Valeur imputée par l'OEA",
        'Valor imputado pela OEA',
      ),
      ['Imputado', 'Imputed', 'Imputé'],
    ),
    code(
      'L',
      labels(
        'Missing: exists but not collected',
        'Faltante: existe pero no se recopiló',
        "Manquant : existe mais n'a pas été collecté",
        'Ausente: existe, mas não foi coletado',
      ),
      ['No recopilado', 'Not collected', 'Non collecté', 'Não coletado'],
    ),
    code(
      'M',
      labels(
        'Missing: not applicable',
        'Faltante: no aplica',
        'Manquant : sans objet',
        'Ausente: não se aplica',
      ),
      ['No aplica', 'N/A', 'Not applicable', 'Sans objet', 'Não se aplica', 'Não aplicável'],
    ),
    code('O', labels('Missing value', 'Valor faltante', 'Valeur manquante', 'Valor ausente'), [
      'Sin dato',
      'Missing',
      'Manquant',
      'Sem dado',
      '...',
      '..',
    ]),
    code('P', labels('Provisional value', 'Valor provisional', 'Valeur provisoire', 'Valor provisório'), [
      'Provisional',
      'Provisorio',
      'Preliminar',
      'Preliminary',
      'Provisoire',
      'Provisório',
    ]),
    code(
      'Q',
      labels(
        'Missing: suppressed (confidential)',
        'Faltante: suprimido (confidencial)',
        'Manquant : supprimé (confidentiel)',
        'Ausente: suprimido (confidencial)',
      ),
      ['Suprimido', 'Confidencial', 'Suppressed', 'Confidential', 'Supprimé', 'Confidentiel'],
    ),
    code('U', labels('Low reliability', 'Baja confiabilidad', 'Fiabilité faible', 'Baixa confiabilidade'), [
      'Poco confiable',
      'Unreliable',
      'Peu fiable',
      'Pouco confiável',
    ]),
  ],
  { agency: 'SDMX', version: '2.2' },
);
