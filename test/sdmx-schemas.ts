// Validates SDMX-JSON messages against the official schemas kept in ../shared/sdmx (never
// copied into the project), plus stricter checks the permissive schemas leave out: required
// sections, keys as long as the dimensions, every index inside its value list.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export: unwrap it the same way under tsx and Node.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats);

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED_SDMX = join(here, '..', '..', 'shared', 'sdmx');

const SCHEMAS = {
  'data-2.0.0': 'sdmx-json/v2.0.0/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json',
  'structure-2.0.0': 'sdmx-json/v2.0.0/structure-message/tools/schemas/2.0.0/sdmx-json-structure-schema.json',
  'data-1.0': 'sdmx-json/v1.0/data-message/tools/schemas/1.0/sdmx-json-data-schema.json',
  'structure-1.0': 'sdmx-json/v1.0/structure-message/tools/schemas/1.0/sdmx-json-structure-schema.json',
  'metadata-2.0.0': 'sdmx-json/v2.0.0/metadata-message/tools/schemas/2.0.0/sdmx-json-metadata-schema.json',
} as const;
export type SchemaName = keyof typeof SCHEMAS;

let announced = false;
/** True when the official schemas are there; says once, clearly, when they are not (never in CI). */
export function hasOfficialSchemas(): boolean {
  const present = existsSync(join(SHARED_SDMX, SCHEMAS['data-2.0.0']));
  if (!present) {
    if (process.env.CI)
      throw new Error(`SDMX-JSON schemas missing at ${SHARED_SDMX}: CI must validate against them.`);
    if (!announced) console.log(`# SDMX-JSON schema validation skipped: ${SHARED_SDMX} is absent.`);
    announced = true;
  }
  return present;
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };
const compiled = new Map<SchemaName, Validate>();

function validatorOf(name: SchemaName): Validate {
  let validate = compiled.get(name);
  if (!validate) {
    const schema = JSON.parse(readFileSync(join(SHARED_SDMX, SCHEMAS[name]), 'utf8')) as Record<
      string,
      unknown
    >;
    delete schema.$schema;
    if (typeof schema.id === 'string') {
      schema.$id = schema.id;
      delete schema.id;
    }
    const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
    addFormats(ajv);
    validate = ajv.compile(schema) as Validate;
    compiled.set(name, validate);
  }
  return validate;
}

export function assertSchemaValid(name: SchemaName, message: unknown): void {
  if (!hasOfficialSchemas()) return;
  const validate = validatorOf(name);
  const ok = validate(message);
  assert.ok(ok, `${name} schema errors: ${JSON.stringify(validate.errors, null, 1)?.slice(0, 3000)}`);
}

// biome-ignore lint/suspicious/noExplicitAny: messages under test are untyped JSON walked by key
type Json = Record<string, any>;

function assertMeta(meta: Json): void {
  assert.ok(meta, 'meta is required');
  assert.match(String(meta.id), /^[A-Za-z0-9_@$-]+$/);
  assert.match(String(meta.prepared), /(Z|[+-]\d{2}:\d{2})$/, 'meta.prepared carries a time zone');
  assert.ok(meta.sender?.id, 'meta.sender.id');
}

function assertIndexed(key: string, lists: Json[][], what: string): void {
  const parts = key.split(':');
  assert.equal(
    parts.length,
    lists.length,
    `${what} key ${key} has ${parts.length} parts for ${lists.length} dimensions`,
  );
  parts.forEach((p, i) => {
    assert.match(p, /^\d+$/);
    assert.ok(
      Number(p) < lists[i]!.length,
      `${what} key ${key}: index ${p} outside ${lists[i]!.length} values`,
    );
  });
}

function assertObservationRow(row: unknown[], measures: number, attributes: Json[]): void {
  assert.ok(Array.isArray(row));
  for (let i = 0; i < measures; i++) assert.ok(row[i] === null || typeof row[i] === 'number');
  row.slice(measures).forEach((index, i) => {
    if (index === null) return;
    assert.ok(Number.isInteger(index), 'attribute index is an integer');
    assert.ok((index as number) < (attributes[i]?.values?.length ?? 0), 'attribute index within its values');
  });
}

/** Stricter checks of a data message; `version` picks the 2.0.0 (structures[]) or 1.0 shape. */
export function assertDataMessage(message: Json, version: '2.0.0' | '1.0', dimensionCount: number): void {
  assertSchemaValid(version === '2.0.0' ? 'data-2.0.0' : 'data-1.0', message);
  assertMeta(message.meta);
  const data = message.data;
  assert.ok(data, 'data is required');
  const structures: Json[] = version === '2.0.0' ? data.structures : [data.structure];
  assert.ok(structures?.length > 0 && structures[0], 'a structure is required');
  assert.ok(Array.isArray(data.dataSets) && data.dataSets.length > 0, 'dataSets are required');
  for (const dataSet of data.dataSets as Json[]) {
    const structure = structures[version === '2.0.0' ? dataSet.structure : 0]!;
    assert.ok(structure, 'dataSet.structure points at a structure');
    const dims = structure.dimensions;
    const series: Json[] = dims.series ?? [];
    const observation: Json[] = dims.observation ?? [];
    const all = [...(dims.dataSet ?? []), ...series, ...observation];
    assert.equal(all.length, dimensionCount, 'every dimension of the structure is listed');
    assert.deepEqual(
      all.map((d) => d.keyPosition).sort((a, b) => a - b),
      [...Array(dimensionCount).keys()],
      'keyPositions are 0..n-1',
    );
    for (const d of all) assert.ok(d.values.length > 0, `${d.id} lists its values`);
    const measures = version === '2.0.0' ? (structure.measures?.observation?.length ?? 0) : 1;
    const obsAttributes: Json[] = structure.attributes?.observation ?? [];
    (dataSet.attributes ?? []).forEach((index: number | null, i: number) => {
      if (index !== null) assert.ok(index < structure.attributes.dataSet[i].values.length);
    });
    for (const [key, s] of Object.entries((dataSet.series ?? {}) as Record<string, Json>)) {
      assertIndexed(
        key,
        series.map((d) => d.values),
        'series',
      );
      for (const [obsKey, row] of Object.entries((s.observations ?? {}) as Record<string, unknown[]>)) {
        assertIndexed(
          obsKey,
          observation.map((d) => d.values),
          'observation',
        );
        assertObservationRow(row, measures, obsAttributes);
      }
    }
    for (const [key, row] of Object.entries((dataSet.observations ?? {}) as Record<string, unknown[]>)) {
      assertIndexed(
        key,
        observation.map((d) => d.values),
        'observation',
      );
      assertObservationRow(row, measures, obsAttributes);
    }
  }
}

export function assertStructureMessage(message: Json, version: '2.0.0' | '1.0'): void {
  assertSchemaValid(version === '2.0.0' ? 'structure-2.0.0' : 'structure-1.0', message);
  assertMeta(message.meta);
  const sections = Object.values(message.data ?? {}) as Json[][];
  assert.ok(sections.length > 0, 'at least one artefact section');
  for (const section of sections) {
    assert.ok(section.length > 0);
    for (const a of section) {
      assert.ok(a.id && a.agencyID && a.version && a.name, 'artefacts carry id, agencyID, version and name');
    }
  }
}
