import type { entryEn } from './en';

export const entryEs: typeof entryEn = {
  title: 'Ingreso de datos',
};
