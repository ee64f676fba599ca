// Colours with enough contrast on white for lines and bars (WCAG 1.4.11, 3:1 for graphics),
// distinguishable for the common colour-vision deficiencies (Okabe–Ito order, darkened).
export const SERIES_COLOURS = [
  '#0b62a4',
  '#d55e00',
  '#007a5e',
  '#b8860b',
  '#8e44ad',
  '#c2185b',
  '#4d4d4d',
  '#0097a7',
  '#6d8a1f',
  '#a0522d',
];

/** Sequential blues for choropleths, light to dark; the lightest stays distinct from "no data" grey. */
export const MAP_CLASS_COLOURS = ['#c6dbef', '#8fbfe0', '#4f93c9', '#1f63a8', '#0b3d6b'];

export const NO_DATA_COLOUR = '#d4d8de';
export const CONTEXT_LAND_COLOUR = '#eef0f3';
