// Error messages of the policy-event routes (issue 21), merged into API_ERROR_MESSAGES.
import type { Labels } from '../framework/types.js';

export const POLICY_ERROR_MESSAGES = {
  POLICY_EVENT_NOT_FOUND: {
    en: 'No policy development {id}.',
    es: 'No existe la novedad normativa {id}.',
    fr: 'Aucune évolution des politiques {id}.',
    pt: 'Não existe a novidade normativa {id}.',
  },
  POLICY_EVENT_INVALID: {
    en: 'The policy development has {count} problem(s), in: {fields}.',
    es: 'La novedad normativa tiene {count} problema(s), en: {fields}.',
    fr: 'L’évolution des politiques comporte {count} problème(s), dans : {fields}.',
    pt: 'A novidade normativa tem {count} problema(s), em: {fields}.',
  },
} satisfies Record<string, Labels>;
