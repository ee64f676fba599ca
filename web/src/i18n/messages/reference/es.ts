import type { referenceEn } from './en';

export const referenceEs: typeof referenceEn = {
  title: 'Listas de códigos y correspondencias',
};
