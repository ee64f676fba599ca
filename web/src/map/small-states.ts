// Member states too small to see on a map of the whole hemisphere: the map marks them with a
// dot in their data colour, so every one of the 35 members can be seen and clicked.
export const SMALL_STATES: readonly string[] = [
  'ATG',
  'BHS',
  'BRB',
  'DMA',
  'GRD',
  'KNA',
  'LCA',
  'VCT',
  'TTO',
];
