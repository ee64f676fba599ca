// SDMX-JSON and SDMX-CSV data answers from what a query read: one data set per part (the
// current state, each vintage with includeHistory, changes and withdrawals with updatedAfter),
// several dataflows as several structures (JSON 2.0.0) or one table of their columns' union (CSV).
import { type Cell, type CsvWriter, createSdmxCsvWriter, unparseCsv } from '../../sdmx/data-csv.js';
import { buildDataMessageV1 } from '../../sdmx/data-json-v1.js';
import { buildDataMessageV2 } from '../../sdmx/data-json-v2.js';
import { type DataFormat, readCsvOptions } from '../../sdmx/negotiate-format.js';
import { packageObservations } from '../../sdmx/package-observations.js';
import { rawParam } from '../../sdmx/raw-query.js';
import { SdmxHttpError, type SdmxRequest } from './sdmx-common.js';
import type { QueryParts } from './sdmx-serve.js';

export function renderJson(
  answers: QueryParts[],
  format: Extract<DataFormat, { kind: 'json' }>,
  sdmx: SdmxRequest,
) {
  let merged:
    | { meta: unknown; data: { structures: unknown[]; dataSets: Record<string, unknown>[] } }
    | undefined;
  for (const { query, parts } of answers) {
    for (const part of parts) {
      const packaged = packageObservations(query.table, part.observations, {
        dimensionAtObservation: query.dimensionAtObservation,
        attributes: query.attributes,
        includeMeasure: query.includeMeasure,
      });
      const context = {
        dataflow: query.dataflow,
        lang: sdmx.lang,
        base: sdmx.base,
        selfUrl: sdmx.selfUrl,
        includeMeasure: query.includeMeasure,
        includeObservations: query.includeObservations,
      };
      if (format.version === '1.0.0') {
        // SDMX-JSON 1.0 has one structure: REST 1.5 queries name one dataflow.
        const message = buildDataMessageV1(packaged, { ...context, base: sdmx.base.replace(/\/v2$/, '/v1') });
        const dataSet = message.data.dataSets[0] as Record<string, unknown>;
        dataSet.action = part.action === 'Delete' ? 'Delete' : 'Information';
        return JSON.stringify(message);
      }
      const message = buildDataMessageV2(packaged, { ...context, base: sdmx.base.replace(/\/v1$/, '/v2') });
      const dataSet = message.data.dataSets[0] as Record<string, unknown>;
      dataSet.action = part.action === 'Delete' ? 'Delete' : 'Information';
      if (part.validFrom) dataSet.validFrom = part.validFrom;
      if (part.validTo) dataSet.validTo = part.validTo;
      if (!merged) {
        merged = message as unknown as typeof merged;
        continue;
      }
      dataSet.structure = merged!.data.structures.length;
      merged!.data.structures.push(message.data.structures[0]);
      merged!.data.dataSets.push(dataSet);
    }
  }
  return JSON.stringify(merged);
}

export function renderCsv(
  answers: QueryParts[],
  format: Extract<DataFormat, { kind: 'csv' }>,
  sdmx: SdmxRequest,
) {
  const options = readCsvOptions(
    { keys: rawParam(sdmx.query, 'keys'), timeFormat: rawParam(sdmx.query, 'timeFormat') },
    format.accepted,
  );
  if (!options)
    throw new SdmxHttpError(
      400,
      'keys must be none, obs, series or both; timeFormat original or normalized.',
    );
  const writers = answers.map(({ query }) =>
    createSdmxCsvWriter({
      dataflow: query.dataflow,
      version: format.version,
      labels: format.labels,
      lang: sdmx.lang,
      attributes: query.attributes,
      includeMeasure: query.includeMeasure,
      options,
      dimensionAtObservation: query.dimensionAtObservation,
    }),
  );
  if (writers.length === 1) {
    const [writer] = writers as [CsvWriter];
    const { query, parts } = answers[0]!;
    let out = writer.header();
    if (query.includeObservations)
      for (const part of parts) out += writer.rows(part.observations, part.action === 'Delete' ? 'D' : 'I');
    return out;
  }
  // Several dataflows in one SDMX-CSV 2.0.0 message: the columns are the union of theirs (in
  // order of first appearance), and each row leaves the columns of other dataflows empty.
  const union: string[] = [];
  for (const writer of writers)
    for (const column of writer.columns()) if (!union.includes(column)) union.push(column);
  const rows: Cell[][] = [union];
  for (const [i, { query, parts }] of answers.entries()) {
    if (!query.includeObservations) continue;
    const writer = writers[i]!;
    const positions = writer.columns().map((column) => union.indexOf(column));
    for (const part of parts) {
      for (const cells of writer.cells(part.observations, part.action === 'Delete' ? 'D' : 'I')) {
        const row: Cell[] = new Array(union.length).fill('');
        cells.forEach((cell, j) => {
          row[positions[j]!] = cell;
        });
        rows.push(row);
      }
    }
  }
  return unparseCsv(rows);
}
