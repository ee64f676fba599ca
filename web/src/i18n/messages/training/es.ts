import type { trainingEn } from './en';

export const trainingEs: typeof trainingEn = {
  title: 'Capacitación',
};
