// The 'training' namespace, English. The other languages have the same shape.
export const trainingEn = {
  title: 'Training',
};
