// SDMX-ML 2.1 from both REST versions, validated with xmllint against the official XSDs
// (several documents per call): structure messages (agency scheme, dataflows, data structures,
// code lists, concept scheme, actual constraints), generic and structure-specific data, error
// messages; plus availability, several dataflows per query and the conformance fixes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { buildApp } from '../src/server/app.js';
import { prepareStore } from '../src/store/prepare-store.js';
import { buildRecipes } from '../web/src/pages/developers/recipes.js';
import { assertStructureMessage } from './sdmx-schemas.js';
import { CONFIDENTIAL_VALUE, loadSyntheticFixture, SECONDARY_VALUES, showsFigure } from './sdmx-synthetic.js';
import { createTestStore, STORE_KIND, type TestStore } from './support/test-store.js';
import { assertValidMl21, assertValidMl30, hasXmllint } from './support/xmllint.js';

const GENERIC = 'application/vnd.sdmx.genericdata+xml;version=2.1';
const SPECIFIC = 'application/vnd.sdmx.structurespecificdata+xml;version=2.1';
const STRUCTURE = 'application/vnd.sdmx.structure+xml;version=2.1';
const FLOW = '/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB/1.0';
const SECRETS = [CONFIDENTIAL_VALUE, ...SECONDARY_VALUES].map(String);

/** Every `<tag ... attr="value"` value in a document, in order. */
function attributeValues(xml: string, tag: string, attr: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g'))) out.push(m[1]!);
  return out;
}

/** Generic data → "DIM=code|...|TIME_PERIOD=year" → value (null when absent). */
function readGeneric(xml: string): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const series of xml.split('<gen:Series>').slice(1)) {
    const key = [...series.split('</gen:SeriesKey>')[0]!.matchAll(/<gen:Value id="([^"]+)" value="([^"]*)"/g)]
      .map((m) => `${m[1]}=${m[2]}`)
      .join('|');
    for (const obs of series.split('<gen:Obs>').slice(1)) {
      const time = /<gen:ObsDimension value="([^"]+)"/.exec(obs)![1];
      const value = /<gen:ObsValue value="([^"]+)"/.exec(obs);
      out.set(`${key}|TIME_PERIOD=${time}`, value ? Number(value[1]) : null);
    }
  }
  return out;
}

describe(`SDMX-ML 2.1 on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

  async function apiValues(query: string): Promise<Map<string, number | null>> {
    const body = (await get(`/api/data/MIG_STOCK_FB?${query}`)).json() as {
      observations: { key: Record<string, string>; value: number | null }[];
    };
    const dims = ['REF_AREA', 'COUNTRY_OF_BIRTH', 'SEX', 'AGE', 'TIME_PERIOD'];
    return new Map(body.observations.map((o) => [dims.map((d) => `${d}=${o.key[d]}`).join('|'), o.value]));
  }

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadSyntheticFixture(t.store);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  test('xmllint rejects what the XSDs do not allow (the validation can fail)', {
    skip: !hasXmllint(),
  }, () => {
    const good = '<mes:Error xmlns:mes="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"/>';
    assert.throws(() => assertValidMl21([good.replace('mes:Error', 'mes:Eror')]), /xmllint/);
  });

  test('structure messages from v1 and v2 validate: dataflows, DSD with children, code list, agency scheme', async () => {
    const urls: [string, string][] = [
      ['/sdmx/v1/dataflow/all/all/latest/', 'application/xml'],
      ['/sdmx/v1/datastructure/OAS/DSD_MIG_STOCK_FB/latest/?references=children', 'text/xml'],
      ['/sdmx/v1/codelist/OAS/CL_SEX', STRUCTURE],
      ['/sdmx/v2/structure/agencyscheme/SDMX/AGENCIES', STRUCTURE],
      ['/sdmx/v2/structure/codelist/OAS/CL_AREA/1.0/CHL,ARG', STRUCTURE],
      ['/sdmx/v2/structure/dataflow/OAS/*?detail=allstubs', STRUCTURE],
      ['/sdmx/v2/structure/conceptscheme/OAS/CS_SICREMI?format=structure', '*/*'],
    ];
    const docs: string[] = [];
    for (const [url, accept] of urls) {
      const res = await get(url, { accept });
      assert.equal(res.statusCode, 200, url);
      assert.match(String(res.headers['content-type']), accept === '*/*' ? /structure\+xml/ : /xml/);
      docs.push(res.body);
    }
    assertValidMl21(docs);
    assert.equal(attributeValues(docs[0]!, 'str:Dataflow', 'id').length, 15);
    assert.match(docs[1]!, /<str:Dimension id="REF_AREA"[^>]*position="1"/);
    assert.match(docs[1]!, /<str:Codelist [^>]*id="CL_SEX"/);
    assert.ok(
      attributeValues(docs[2]!, 'str:Code', 'urn').includes(
        'urn:sdmx:org.sdmx.infomodel.codelist.Code=OAS:CL_SEX(1.0).F',
      ),
    );
    assert.match(docs[2]!, /<com:Name xml:lang="es">Mujeres<\/com:Name>/);
    assert.match(docs[3]!, /<str:Agency id="OAS"/);
    assert.deepEqual(attributeValues(docs[4]!, 'str:Code', 'id'), ['ARG', 'CHL']);
    assert.match(docs[4]!, /isPartial="true"/);
  });

  test("a dataflow's structure with references=all carries its actual constraint, matching the data", async () => {
    const xml = await get('/sdmx/v2/structure/dataflow/OAS/MIG_STOCK_FB?references=all', {
      accept: STRUCTURE,
    });
    const json = (await get('/sdmx/v2/structure/dataflow/OAS/MIG_STOCK_FB?references=all')).json();
    assertValidMl21([xml.body]);
    assertStructureMessage(json, '2.0.0');
    const constraint = json.data.dataConstraints[0];
    assert.equal(constraint.id, 'CC_MIG_STOCK_FB');
    assert.equal(constraint.role, 'Actual');
    const data = await apiValues('');
    const count = constraint.annotations.find((a: { id: string }) => a.id === 'obs_count').title;
    assert.equal(Number(count), data.size);
    const areas = constraint.cubeRegions[0].keyValues.find((k: { id: string }) => k.id === 'REF_AREA').values;
    assert.deepEqual(areas, ['ARG', 'CHL']);
    const has = (pattern: RegExp) => assert.ok(pattern.test(xml.body), String(pattern));
    has(/<str:ContentConstraint [^>]*type="Actual"/);
    has(
      new RegExp(`<com:AnnotationTitle>${data.size}</com:AnnotationTitle><com:AnnotationType>sdmx_metrics`),
    );
    has(/<com:StartPeriod isInclusive="true">2020<\/com:StartPeriod><com:EndPeriod isInclusive="true">2021</);
  });

  test('detail=referencepartial keeps only the codes the dataflow uses', async () => {
    const body = (
      await get('/sdmx/v2/structure/dataflow/OAS/MIG_STOCK_FB?references=descendants&detail=referencepartial')
    ).json();
    assertStructureMessage(body, '2.0.0');
    const area = body.data.codelists.find((c: { id: string }) => c.id === 'CL_AREA');
    assert.equal(area.isPartial, true);
    const used = new Set<string>();
    for (const key of (await apiValues('')).keys())
      for (const m of key.matchAll(/(?:REF_AREA|COUNTRY_OF_BIRTH)=([^|]+)/g)) used.add(m[1]!);
    assert.deepEqual(new Set(area.codes.map((c: { id: string }) => c.id)), used);
    const full = (await get('/sdmx/v2/structure/codelist/OAS/CL_AREA')).json();
    assert.ok(full.data.codelists[0].codes.length > area.codes.length);
  });

  test('generic and structure-specific data validate and equal /api/data; no confidential figure', async () => {
    const generic = await get('/sdmx/v1/data/MIG_STOCK_FB/CHL.../all/', { accept: 'application/xml' });
    assert.equal(generic.statusCode, 200);
    assert.match(String(generic.headers['content-type']), /^application\/xml/);
    assert.deepEqual(readGeneric(generic.body), await apiValues('REF_AREA=CHL'));
    assert.match(generic.body, /<mes:Sender id="OAS">/);
    assert.match(generic.body, /<gen:Value id="OBS_STATUS" value="Q"\/>/);
    assert.match(generic.body, /<gen:Value id="OBS_NOTE" value="=HYPERLINK/);
    const flat = await get(`${FLOW}/*?dimensionAtObservation=AllDimensions`, { accept: GENERIC });
    const bySex = await get(`${FLOW}/CHL?dimensionAtObservation=SEX`, { accept: GENERIC });
    const specific = await get('/sdmx/v1/data/MIG_STOCK_FB/CHL.../all?format=structurespecificdata');
    const specificFlat = await get(`${FLOW}/*?dimensionAtObservation=AllDimensions`, { accept: SPECIFIC });
    assert.equal(specific.headers['content-type'], SPECIFIC);
    assertValidMl21([generic.body, flat.body, bySex.body]);
    assertValidMl21(
      [specific.body, specificFlat.body],
      [
        ['MIG_STOCK_FB', 'TIME_PERIOD'],
        ['MIG_STOCK_FB', 'AllDimensions'],
      ],
    );
    assert.match(specific.body, /<Obs TIME_PERIOD="2021" OBS_VALUE="4522" OBS_STATUS="A" CONF_STATUS="F"\/>/);
    for (const doc of [generic.body, flat.body, bySex.body, specific.body, specificFlat.body])
      for (const secret of SECRETS) assert.ok(!showsFigure(doc, secret), secret);
  });

  test('XML clients get <mes:Error>; REST 1.5 answers 404 NoResultsFound where 2.0.0 answers 204', async () => {
    const cases: [string, number, string][] = [
      ['/sdmx/v1/data/MIG_STOCK_FB/URY.../all', 404, '100'],
      ['/sdmx/v1/data/MIG_STOCK_FB/CHL/all', 400, '140'],
      ['/sdmx/v1/codelist/OAS/CL_NOPE', 404, '100'],
      [`${FLOW}/*?c[SEX]=xx:F`, 400, '140'],
      ['/sdmx/v2/structure/categoryscheme/OAS/X', 501, '501'],
    ];
    const docs: string[] = [];
    for (const [url, status, code] of cases) {
      const res = await get(url, { accept: 'application/xml' });
      assert.equal(res.statusCode, status, url);
      assert.match(res.body, new RegExp(`<mes:ErrorMessage code="${code}">`), url);
      docs.push(res.body);
    }
    assertValidMl21(docs);
    assert.match(docs[0]!, /NoResultsFound/);
    const json = await get('/sdmx/v1/data/MIG_STOCK_FB/URY.../all');
    assert.equal(json.statusCode, 404);
    assert.equal(json.json().errors[0].code, 404);
    assert.equal((await get(`${FLOW}/URY`, { accept: GENERIC })).statusCode, 204);
  });

  test('availability (v2 and v1, JSON and ML) counts the observations and dates them', async () => {
    const v2 = (await get('/sdmx/v2/availability/dataflow/OAS/MIG_STOCK_FB/1.0/CHL.*.F.*/all')).json();
    assertStructureMessage(v2, '2.0.0');
    const region = v2.data.dataConstraints[0];
    const data = await apiValues('REF_AREA=CHL&SEX=F');
    assert.equal(
      Number(region.annotations.find((a: { id: string }) => a.id === 'obs_count').title),
      data.size,
    );
    const values = (id: string) =>
      region.cubeRegions[0].keyValues.find((k: { id: string }) => k.id === id)?.values as string[];
    assert.deepEqual(values('SEX'), ['F']);
    assert.deepEqual(values('REF_AREA'), ['CHL']);
    const births = new Set([...data.keys()].map((k) => /COUNTRY_OF_BIRTH=([^|]+)/.exec(k)![1]));
    assert.deepEqual(new Set(values('COUNTRY_OF_BIRTH')), births);
    const time = region.cubeRegions[0].keyValues.find((k: { id: string }) => k.id === 'TIME_PERIOD');
    assert.equal(time.timeRange.startPeriod.period.slice(0, 4), '2020');
    assert.equal(time.timeRange.endPeriod.period.slice(0, 4), '2021');

    const one = (
      await get('/sdmx/v2/availability/dataflow/OAS/MIG_STOCK_FB/1.0/*.*.*.*/REF_AREA?c[TIME_PERIOD]=2021')
    ).json();
    const keyValues = one.data.dataConstraints[0].cubeRegions[0].keyValues;
    assert.deepEqual(
      keyValues.map((k: { id: string }) => k.id),
      ['REF_AREA', 'TIME_PERIOD'],
    );
    assert.deepEqual(keyValues[0].values, ['CHL']);

    // Read whole (two keys, a filter on values) or counted by the store: the same answer.
    const count = (body: { data: { dataConstraints: { annotations: { id: string; title: string }[] }[] } }) =>
      Number(body.data.dataConstraints[0]!.annotations.find((a) => a.id === 'obs_count')!.title);
    const twoKeys = (
      await get('/sdmx/v2/availability/dataflow/OAS/MIG_STOCK_FB/1.0/CHL.*.*.*,ARG.*.*.*/all')
    ).json();
    const oneKey = (
      await get('/sdmx/v2/availability/dataflow/OAS/MIG_STOCK_FB/1.0/CHL+ARG.*.*.*/all')
    ).json();
    assert.equal(count(twoKeys), (await apiValues('REF_AREA=CHL,ARG')).size);
    assert.equal(count(oneKey), count(twoKeys));
    const suppressed = (
      await get('/sdmx/v2/availability/dataflow/OAS/MIG_STOCK_FB/1.0/*/all?c[OBS_STATUS]=Q')
    ).json();
    assert.equal(count(suppressed), 4, 'the confidential cell and its three partners');
    const v1 = await get('/sdmx/v1/availableconstraint/MIG_STOCK_FB/ARG.../all/SEX', {
      accept: 'application/xml',
    });
    const v2Ml = await get(
      '/sdmx/v2/availability/dataflow/OAS/MIG_STOCK_FB/1.0/CHL.*.*.*/all?references=all',
      {
        accept: STRUCTURE,
      },
    );
    assertValidMl21([v1.body, v2Ml.body]);
    assert.match(
      v1.body,
      /<com:KeyValue id="SEX"><com:Value>F<\/com:Value><com:Value>M<\/com:Value><com:Value>_T<\/com:Value><\/com:KeyValue>/,
    );
    assert.match(
      v1.body,
      new RegExp(`<com:AnnotationTitle>${(await apiValues('REF_AREA=ARG')).size}</com:AnnotationTitle>`),
    );
    assert.ok(/<str:DataStructure /.test(v2Ml.body));
    assert.equal((await get('/sdmx/v1/availableconstraint/MIG_STOCK_FB/URY.../all/SEX')).statusCode, 404);
    assert.equal((await get('/sdmx/v2/availability/dataflow/OAS/MIG_STOCK_FB/1.0/*/NOPE')).statusCode, 400);
  });

  test('several dataflows in one query: * and comma lists, JSON and ML', async () => {
    const list = (await get('/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB,POP_CONTEXT/1.0/CHL')).json();
    const ids = list.data.structures.map((s: { links: { rel: string; urn: string }[] }) =>
      s.links.find((l) => l.rel === 'dataflow')!.urn.replace(/.*=OAS:(\w+)\(.*/, '$1'),
    );
    assert.deepEqual(ids, ['MIG_STOCK_FB', 'POP_CONTEXT']);
    assert.deepEqual(
      list.data.dataSets.map((d: { structure: number }) => d.structure),
      [0, 1],
    );
    const all = (await get('/sdmx/v2/data/dataflow/OAS/*/~/*')).json();
    assert.equal(all.data.dataSets.length, 3, 'the three dataflows with data');
    const xml = await get('/sdmx/v2/data/dataflow/OAS/*/~/*?c[TIME_PERIOD]=2020', { accept: GENERIC });
    assertValidMl21([xml.body]);
    assert.equal(attributeValues(xml.body, 'mes:Structure', 'structureID').length, 3);
    assert.equal((await get('/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB,NOPE/1.0/*')).statusCode, 404);
    const csv = await get('/sdmx/v2/data/dataflow/OAS/MIG_STOCK_FB,POP_CONTEXT/1.0/CHL?format=csv');
    const table = Papa.parse<Record<string, string>>(csv.body.trim(), { header: true }).data;
    assert.ok(
      table.some((r) => r.STRUCTURE_ID === 'OAS:POP_CONTEXT(1.0)' && r.COMPONENT === 'POP' && r.SEX === ''),
    );
    assert.ok(
      table.some((r) => r.STRUCTURE_ID === 'OAS:MIG_STOCK_FB(1.0)' && r.SEX === 'F' && r.COMPONENT === ''),
    );
    assert.equal(
      table.length,
      (await apiValues('REF_AREA=CHL')).size + 3,
      'stock rows and three population years',
    );
  });

  test('c[] filters: an unknown operator or the same component twice is 400', async () => {
    assert.equal((await get(`${FLOW}/*?c[TIME_PERIOD]=gte:2020`)).statusCode, 400);
    assert.equal((await get(`${FLOW}/*?c[SEX]=F&c[SEX]=M`)).statusCode, 400);
    assert.equal((await get(`${FLOW}/*?c[TIME_PERIOD]=ge:2021`)).statusCode, 200);
  });

  test('a REST 1.5 key shorter than the dimensions is 400; a full one is read', async () => {
    assert.equal((await get('/sdmx/v1/data/MIG_STOCK_FB/CHL.PER/all')).statusCode, 400);
    assert.equal((await get('/sdmx/v1/data/MIG_STOCK_FB/CHL.PER../all')).statusCode, 200);
  });

  test('SDMX-CSV: keys= adds SERIES_KEY/OBS_KEY, timeFormat=normalized, labels=both leaves TIME_PERIOD alone', async () => {
    const csv = await get(`${FLOW}/CHL.PER.F.*?keys=both&timeFormat=normalized&labels=both&format=csv`);
    const rows = Papa.parse<string[]>(csv.body.trim()).data;
    assert.deepEqual(rows[0]!.slice(0, 6), [
      'STRUCTURE',
      'STRUCTURE_ID',
      'ACTION',
      'SERIES_KEY',
      'OBS_KEY',
      'REF_AREA: Reporting country',
    ]);
    assert.deepEqual(rows[1]!.slice(3, 5), ['CHL.PER.F._T', 'CHL.PER.F._T.2020']);
    const time = rows[0]!.findIndex((c) => c.startsWith('TIME_PERIOD'));
    assert.equal(rows[0]![time], 'TIME_PERIOD: Year');
    assert.deepEqual(
      rows.slice(1).map((r) => r[time]),
      ['2020-12-31', '2021-12-31'],
    );
    const accepted = await get(`${FLOW}/CHL.PER.F.*`, {
      accept: 'application/vnd.sdmx.data+csv;version=2.0.0;keys=series;timeFormat=original',
    });
    assert.equal(Papa.parse<string[]>(accepted.body.trim()).data[0]![3], 'SERIES_KEY');
    const both = await get(`${FLOW}/CHL.PER.F.*?format=csvfilewithlabels`);
    assert.match(both.body, /,2020,/);
    assert.doesNotMatch(both.body, /2020: 2020/);
    assert.equal((await get(`${FLOW}/*?format=csv&keys=all`)).statusCode, 400);
  });

  test('every URL of the /developers curl, pandas and Power Query recipes answers', async () => {
    const origin = 'http://sicremi.example';
    const recipes = buildRecipes(origin);
    const urls = [recipes.curl, recipes.pandas, recipes.powerQuery].flatMap((text) =>
      [...text.matchAll(/"(http:\/\/sicremi\.example\/[^"]+)"/g)].map((m) => m[1]!),
    );
    assert.ok(urls.length >= 6);
    for (const url of urls) {
      const res = await get(url.slice(origin.length));
      assert.equal(res.statusCode, 200, url);
    }
    assert.match(recipes.r, /SDMXREST21RequestBuilder\(regUrl = sicremi/);
  });

  test('Last-Modified is the latest release; If-Modified-Since answers 304', async () => {
    const first = await get(`${FLOW}/CHL`, { accept: GENERIC });
    const lastModified = String(first.headers['last-modified']);
    assert.equal(new Date(lastModified).toISOString(), '2026-01-15T12:00:00.000Z');
    for (const url of [`${FLOW}/CHL`, '/sdmx/v1/codelist/OAS/CL_SEX']) {
      assert.equal((await get(url, { 'if-modified-since': lastModified })).statusCode, 304, url);
      assert.equal(
        (await get(url, { 'if-modified-since': 'Mon, 01 Jan 2024 00:00:00 GMT' })).statusCode,
        200,
      );
    }
  });
});

describe(`SDMX-ML 3.0 on /sdmx/v2 on ${STORE_KIND}`, () => {
  let t: TestStore;
  let app: FastifyInstance;
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });
  const STRUCTURE_30 = 'application/vnd.sdmx.structure+xml;version=3.0.0';
  const SPECIFIC_30 = 'application/vnd.sdmx.structurespecificdata+xml;version=3.0.0';

  before(async () => {
    t = await createTestStore();
    await prepareStore(t.store);
    await loadSyntheticFixture(t.store);
    app = await buildApp({ store: t.store, config: { logLevel: 'silent', maxUploadBytes: 1e6 } });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  test('structure messages (with the actual constraint) and structure-specific data validate', async () => {
    const structures: string[] = [];
    for (const url of [
      '/sdmx/v2/structure/dataflow/OAS/MIG_STOCK_FB?references=all',
      '/sdmx/v2/structure/agencyscheme/SDMX/AGENCIES',
      '/sdmx/v2/availability/dataflow/OAS/MIG_STOCK_FB/1.0/CHL.*.*.*/all',
    ]) {
      const res = await get(url, { accept: STRUCTURE_30 });
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['content-type'], STRUCTURE_30);
      structures.push(res.body);
    }
    assertValidMl30(structures);
    assert.ok(/<str:DataConstraint [^>]*role="Actual"/.test(structures[0]!));
    assert.ok(
      /<str:Structure>urn:sdmx:org\.sdmx\.infomodel\.datastructure\.DataStructure=OAS:DSD_MIG_STOCK_FB\(1\.0\)<\/str:Structure>/.test(
        structures[0]!,
      ),
    );
    const series = await get(`${FLOW}/CHL`, { accept: SPECIFIC_30 });
    const flat = await get(`${FLOW}/*?dimensionAtObservation=AllDimensions`, { accept: SPECIFIC_30 });
    assert.equal(series.headers['content-type'], SPECIFIC_30);
    assertValidMl30(
      [series.body, flat.body],
      [
        ['MIG_STOCK_FB', 'TIME_PERIOD'],
        ['MIG_STOCK_FB', 'AllDimensions'],
      ],
    );
    assert.match(series.body, /<Obs TIME_PERIOD="2021" OBS_VALUE="4522" OBS_STATUS="A" CONF_STATUS="F"\/>/);
    for (const secret of SECRETS) assert.ok(!showsFigure(series.body, secret));
    assert.equal((await get('/sdmx/v1/codelist/OAS/CL_SEX', { accept: STRUCTURE_30 })).statusCode, 406);
  });
});
