// The 'entry' namespace, English. The other languages have the same shape.
export const entryEn = {
  title: 'Data entry',
};
