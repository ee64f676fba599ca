// Warnings grouped by cause over HTTP, on the demo's published figures: a census-style file
// with a new breakdown by sex draws one group for it (not one warning per series to sign, and no
// "stop" for the origins it leaves out), one {group, text} justification covers the group, the
// reviewer sees the same groups and a count of open ones in the queue, and on publication the
// note reaches each cell's OBS_NOTE — or the release notes for a group with no cell.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadDemoData } from '../src/demo/load-demo.js';
import { buildCensusWithSex } from './support/census-file.js';
import { multipartBody } from './support/multipart-body.js';
import { STORE_KIND } from './support/test-store.js';
import { type Client, startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

interface Group {
  id: string;
  code: string;
  count: number;
  message: string;
  sample: { row: number | null; message: string }[];
  justification: string | null;
  justified: number;
  tableWide: boolean;
}

async function upload(client: Client, name: string, content: string, country = 'ARG'): Promise<number> {
  const response = await client.request({
    method: 'POST',
    url: '/api/submissions',
    ...multipartBody({ table: 'MIG_STOCK_FB', country }, { name, content }),
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json().id as number;
}

describe(`warning groups on a submission (${STORE_KIND})`, () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
    await loadDemoData(w.testStore.store);
  });
  after(async () => w.close());

  test('a new breakdown by sex is one group; justified once, submitted, published with its note on each cell', async () => {
    const arg = await w.as('arg');
    const reviewer = await w.as('reviewer');
    const id = await upload(arg, 'censo-2017.csv', buildCensusWithSex());
    const detail = (
      await arg.request({
        method: 'GET',
        url: `/api/submissions/${id}`,
        headers: { 'accept-language': 'es' },
      })
    ).json();
    const groups = detail.warningGroups as Group[];
    assert.deepEqual(
      groups.map((g) => g.id),
      ['SERIES_BREAK:start:SEX', 'OUTLIER:COUNTRY_OF_BIRTH=VEN'],
    );
    const sex = groups[0] as Group;
    assert.equal(sex.count, 36);
    assert.equal(sex.count + 1, detail.warnings.length);
    assert.equal(sex.sample.length, 10);
    assert.match(sex.message, /^El desglose por sexo es nuevo en 2017: 36 series/);
    assert.match(sex.sample[0]?.message ?? '', /Nacidos en Bolivia .*\(BOL\), mujeres: nueva en 2017/);
    assert.ok(!detail.warnings.some((w: { params: { variant?: string } }) => w.params.variant === 'stop'));

    const unknown = await arg.post(`/api/submissions/${id}/justifications`, {
      group: 'SERIES_BREAK:start:AGE',
      text: 'x',
    });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().error.code, 'UNKNOWN_WARNING_GROUP');

    const note = 'Census 2017 tabulates the country of birth by sex for the first time.';
    const saved = await arg.post(`/api/submissions/${id}/justifications`, { group: sex.id, text: note });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().justification.group, sex.id);

    const refused = await arg.post(`/api/submissions/${id}/submit`, {});
    assert.equal(refused.json().error.code, 'JUSTIFICATION_MISSING');
    assert.equal(refused.json().error.details.warnings.length, 1, 'only the outlier is left');
    assert.deepEqual(refused.json().error.details.groups, ['OUTLIER:COUNTRY_OF_BIRTH=VEN']);
    const queue = (await reviewer.get('/api/submissions')).json().submissions;
    assert.equal(queue.find((s: { id: number }) => s.id === id).openWarningGroups, 1);

    const [outlierRow] = (groups[1] as Group).sample;
    await arg.post(`/api/submissions/${id}/justifications`, {
      row: outlierRow?.row,
      text: 'The Venezuelan arrivals of 2016-2017.',
    });
    assert.equal((await arg.post(`/api/submissions/${id}/submit`, {})).json().status, 'submitted');

    const seen = (await reviewer.get(`/api/submissions/${id}`)).json();
    const reviewed = seen.warningGroups.find((g: Group) => g.id === sex.id) as Group;
    assert.equal(reviewed.justification, note);
    assert.equal(reviewed.justified, 36);
    assert.equal(
      (await reviewer.get('/api/submissions')).json().submissions.find((s: { id: number }) => s.id === id)
        .openWarningGroups,
      0,
    );

    await reviewer.post(`/api/submissions/${id}/accept`, {});
    assert.equal((await reviewer.post(`/api/submissions/${id}/publish`, {})).statusCode, 200);
    const women = (
      await reviewer.get('/api/data/MIG_STOCK_FB?REF_AREA=ARG&COUNTRY_OF_BIRTH=BOL&SEX=F&TIME_PERIOD=2017')
    ).json().observations;
    assert.equal(women.length, 1);
    assert.match(JSON.stringify(women[0]), /tabulates the country of birth by sex/);
  });

  test('a group with no cell in the file (series that stop) puts its note in the release notes', async () => {
    const arg = await w.as('arg');
    const reviewer = await w.as('reviewer');
    // 2019 again with the origins and sexes of the census, but Paraguay left out: its series
    // was published for 2019 and publishing this file would drop it.
    const lines = buildCensusWithSex()
      .replaceAll(';2017;', ';2019;')
      .split('\n')
      .filter((line) => !line.startsWith('PRY;'));
    const sums = { Total: 0, Mujeres: 0, Hombres: 0 } as Record<string, number>;
    for (const line of lines.slice(4)) {
      const [, sex, , value] = line.split(';');
      if (sex && value) sums[sex] = (sums[sex] ?? 0) + Number(value);
    }
    const file = [
      lines[0],
      `Total;Total;2019;${sums.Total}`,
      `Total;Mujeres;2019;${sums.Mujeres}`,
      `Total;Hombres;2019;${sums.Hombres}`,
      ...lines.slice(4),
    ].join('\n');
    const id = await upload(arg, 'censo-2019-sin-paraguay.csv', file);
    const detail = (await arg.get(`/api/submissions/${id}`)).json();
    const groups = detail.warningGroups as Group[];
    const stop = groups.find((g) => g.id === 'SERIES_BREAK:stop:COUNTRY_OF_BIRTH');
    assert.ok(stop, JSON.stringify(groups.map((g) => g.id)));
    assert.equal(stop.tableWide, true);
    assert.deepEqual(stop.sample, []);
    assert.match(stop.message, /series by country of birth published for 2019 are not in the file for 2019/);
    const paraguay = detail.warnings.find(
      (w: { params: { series?: string } }) => w.params.series === 'COUNTRY_OF_BIRTH=PRY, SEX=_T, AGE=_T',
    );
    assert.equal(paraguay?.group, stop.id);
    assert.match(paraguay?.message ?? '', /Born in Paraguay \(PRY\), both sexes: published for 2019/);
    for (const group of groups) {
      await arg.post(`/api/submissions/${id}/justifications`, {
        group: group.id,
        text: group.id === stop.id ? 'Small origins are not tabulated in this file.' : 'Confirmed.',
      });
    }
    assert.equal((await arg.post(`/api/submissions/${id}/submit`, {})).json().status, 'submitted');
    await reviewer.post(`/api/submissions/${id}/accept`, {});
    const published = (await reviewer.post(`/api/submissions/${id}/publish`, {})).json();
    const release = await w.testStore.store.db
      .selectFrom('releases')
      .select('notes')
      .where('id', '=', published.release.id)
      .executeTakeFirstOrThrow();
    assert.match(
      String(release.notes),
      /SERIES_BREAK:stop:COUNTRY_OF_BIRTH: Small origins are not tabulated in this file\./,
    );
  });
});
