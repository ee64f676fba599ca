// Validates SDMX-ML messages with xmllint (Debian's libxml2-utils) against the official XSDs in
// ../shared/sdmx, several documents per xmllint call. Structure-specific data also needs its
// data structure's own schema: the test writes it (buildStructureSpecificSchema) beside a small
// driver schema that imports both. Skips with one line when xmllint is absent, never in CI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDataflow } from '../../src/sdmx/artefacts.js';
import { structureNamespace } from '../../src/sdmx/data-ml.js';
import { buildStructureSpecificSchema } from '../../src/sdmx/structure-specific-schema.js';
import { SHARED_SDMX } from '../sdmx-schemas.js';

export const XSD_21 = join(SHARED_SDMX, 'sdmx-ml-v2_1', 'schemas');
export const XSD_30 = join(SHARED_SDMX, 'sdmx-ml-v3_0', 'schemas');
type Version = '2.1' | '3.0';

let announced = false;
export function hasXmllint(): boolean {
  const found = spawnSync('xmllint', ['--version']).status === 0;
  if (!found) {
    if (process.env.CI) throw new Error('xmllint is missing: CI installs libxml2-utils.');
    if (!announced)
      console.log('# SDMX-ML schema validation skipped: xmllint (libxml2-utils) is not installed.');
    announced = true;
  }
  return found;
}

/** Driver schema for messages that use SDMX-ML 2.1 or 3.0 and these flows' structure-specific types. */
function driverSchema(dir: string, flows: readonly [string, string][], version: Version): string {
  const xsd = version === '2.1' ? XSD_21 : XSD_30;
  const root = version === '2.1' ? 'v2_1' : 'v3_0';
  const imports = [
    `<xs:import namespace="http://www.sdmx.org/resources/sdmxml/schemas/${root}/message" schemaLocation="${xsd}/SDMXMessage.xsd"/>`,
  ];
  for (const [flowId, obsDim] of flows) {
    const flow = findDataflow(flowId)!;
    const file = join(dir, `${flowId}-${obsDim}.xsd`);
    writeFileSync(file, buildStructureSpecificSchema(flow, obsDim, `${xsd}/`, version));
    imports.push(`<xs:import namespace="${structureNamespace(flow, obsDim)}" schemaLocation="${file}"/>`);
  }
  const driver = join(dir, 'driver.xsd');
  writeFileSync(
    driver,
    `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports.join('')}</xs:schema>`,
  );
  return driver;
}

/**
 * Asserts every document is valid SDMX-ML 2.1 (assertValidMl30: 3.0). `flows` lists the [dataflow, dimensionAtObservation]
 * pairs structure-specific documents use.
 */
export function assertValidMl21(documents: readonly string[], flows: readonly [string, string][] = []): void {
  assertValidMl(documents, flows, '2.1');
}

export function assertValidMl30(documents: readonly string[], flows: readonly [string, string][] = []): void {
  assertValidMl(documents, flows, '3.0');
}

function assertValidMl(
  documents: readonly string[],
  flows: readonly [string, string][],
  version: Version,
): void {
  if (!hasXmllint() || documents.length === 0) return;
  const dir = mkdtempSync(join(tmpdir(), 'sicremi-xml-'));
  try {
    const schema = driverSchema(dir, flows, version);
    const files = documents.map((doc, i) => {
      const file = join(dir, `doc-${i}.xml`);
      writeFileSync(file, doc);
      return file;
    });
    const run = spawnSync('xmllint', ['--noout', '--schema', schema, ...files], { encoding: 'utf8' });
    assert.equal(run.status, 0, `xmllint: ${run.stderr.slice(0, 3000)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
