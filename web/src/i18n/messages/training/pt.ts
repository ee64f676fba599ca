import type { trainingEn } from './en';

export const trainingPt: typeof trainingEn = {
  title: 'Capacitação',
};
