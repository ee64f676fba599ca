import type { referenceEn } from './en';

export const referencePt: typeof referenceEn = {
  title: 'Listas de códigos e correspondências',
};
