// The 'reference' namespace, English. The other languages have the same shape.
export const referenceEn = {
  title: 'Code lists and mappings',
};
