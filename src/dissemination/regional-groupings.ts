// The regions figures are aggregated over: all OAS member states, then the groupings of
// FRAMEWORK §1 (a country may belong to several). Indicators and the explorer's pivot use the
// same list, so a regional figure means the same thing wherever it is shown.
import { GROUPINGS, MEMBER_STATES } from '../framework/index.js';
import type { Grouping } from '../framework/types.js';

export const OAS_GROUPING: Grouping = {
  id: 'OAS',
  names: {
    en: 'OAS member states',
    es: 'Estados miembros de la OEA',
    fr: "États membres de l'OEA",
    pt: 'Estados membros da OEA',
  },
  members: [...MEMBER_STATES],
};

export const REGIONAL_GROUPINGS: readonly Grouping[] = [OAS_GROUPING, ...GROUPINGS];
