// The fonts embedded in every PDF: DejaVu Sans (Bitstream Vera licence, assets/fonts), which
// covers every character of the four languages (á ç ã é è ñ “ ” € … and the narrow no-break
// space French puts in numbers). Read once per process; pdfkit embeds the subset it uses.
import { readFileSync } from 'node:fs';

const FONTS_DIR = new URL('../../../../assets/fonts/', import.meta.url);

export const FONT_REGULAR = 'Sans';
export const FONT_BOLD = 'Sans-Bold';

let cached: { regular: Buffer; bold: Buffer } | undefined;

export function readFonts(): { regular: Buffer; bold: Buffer } {
  cached ??= {
    regular: readFileSync(new URL('DejaVuSans.ttf', FONTS_DIR)),
    bold: readFileSync(new URL('DejaVuSans-Bold.ttf', FONTS_DIR)),
  };
  return cached;
}
