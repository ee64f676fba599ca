import type { trainingEn } from './en';

export const trainingFr: typeof trainingEn = {
  title: 'Formation',
};
