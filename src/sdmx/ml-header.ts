// What every SDMX-ML message opens with: the namespaces of its version and a header naming the
// message (id), when it was prepared (with a time zone) and who sent it (OAS, in four languages).
import { randomUUID } from 'node:crypto';
import type { Lang } from '../framework/types.js';
import { SENDER_NAMES } from './message-meta.js';
import { localisedElements } from './xml-text.js';

export type MlVersion = '2.1' | '3.0';

const ROOT: Record<MlVersion, string> = {
  '2.1': 'http://www.sdmx.org/resources/sdmxml/schemas/v2_1',
  '3.0': 'http://www.sdmx.org/resources/sdmxml/schemas/v3_0',
};

export function namespaces(version: MlVersion): Record<string, string> {
  const root = ROOT[version];
  return {
    'xmlns:mes': `${root}/message`,
    'xmlns:str': `${root}/structure`,
    'xmlns:com': `${root}/common`,
    ...(version === '2.1' ? { 'xmlns:gen': `${root}/data/generic` } : {}),
    'xmlns:ss': `${root}/data/structurespecific`,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  };
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The header's first elements (ID, Test, Prepared, Sender); data messages add Structure. */
export function headerStart(lang: Lang): string {
  return (
    `<mes:Header><mes:ID>SICREMI-${randomUUID()}</mes:ID><mes:Test>false</mes:Test>` +
    `<mes:Prepared>${new Date().toISOString()}</mes:Prepared>` +
    `<mes:Sender id="OAS">${localisedElements('com:Name', SENDER_NAMES, lang)}</mes:Sender>`
  );
}
