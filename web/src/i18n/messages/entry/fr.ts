import type { entryEn } from './en';

export const entryFr: typeof entryEn = {
  title: 'Saisie des données',
};
