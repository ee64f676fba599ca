// A text cell that starts with =, +, -, @, a tab or a carriage return is a formula to a
// spreadsheet (CSV/DDE injection): every CSV and XLSX output prefixes such text with an
// apostrophe, which spreadsheets show as text. Numbers are never touched.
export const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
