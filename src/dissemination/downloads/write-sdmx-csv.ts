// The SDMX-CSV 2.0.0 download: the SDMX writer fed page by page.
import type { Lang, TableDef } from '../../framework/types.js';
import { findDataflow, tableAttributes } from '../../sdmx/artefacts.js';
import { createSdmxCsvWriter } from '../../sdmx/data-csv.js';
import type { Labels } from '../../sdmx/negotiate-format.js';
import type { DisclosedObservation } from '../disclosure/disclose-observation.js';

export async function* writeSdmxCsv(
  table: TableDef,
  lang: Lang,
  labels: Labels,
  pages: AsyncIterable<DisclosedObservation[]>,
): AsyncGenerator<string> {
  const writer = createSdmxCsvWriter({
    dataflow: findDataflow(table.id)!,
    version: '2.0.0',
    labels,
    lang,
    attributes: tableAttributes(table).map((a) => a.id),
    includeMeasure: true,
  });
  yield writer.header();
  for await (const page of pages) yield writer.rows(page);
}
