// The SDMX-ML 2.1 error message, for clients that asked for XML: the HTTP status as the code
// (as SDMX's standard error code: 100 no results, 140 syntax, 510 too large...) and the text, so an XML-only tool (rsdmx, .Stat) can show what went wrong.
import type { Lang } from '../framework/types.js';
import { namespaces, XML_DECLARATION } from './ml-header.js';
import { attrs, esc } from './xml-text.js';

// SDMX's standard error codes (SDMX REST, "Error handling"); other statuses keep their number.
const SDMX_CODES: Record<number, number> = { 400: 140, 401: 110, 403: 110, 404: 100, 413: 510 };

export function buildErrorMessageMl(status: number, detail: string, lang: Lang): string {
  const { 'xmlns:mes': mes, 'xmlns:com': com } = namespaces('2.1');
  return (
    `${XML_DECLARATION}<mes:Error${attrs({ 'xmlns:mes': mes, 'xmlns:com': com })}>` +
    `<mes:ErrorMessage code="${SDMX_CODES[status] ?? status}"><com:Text xml:lang="${lang}">${esc(detail)}</com:Text></mes:ErrorMessage></mes:Error>\n`
  );
}
