import type { referenceEn } from './en';

export const referenceFr: typeof referenceEn = {
  title: 'Listes de codes et correspondances',
};
