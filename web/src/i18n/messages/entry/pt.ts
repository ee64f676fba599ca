import type { entryEn } from './en';

export const entryPt: typeof entryEn = {
  title: 'Entrada de dados',
};
