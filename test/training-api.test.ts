// The training API: the course and its exercises for everyone, attempts and one's own progress
// for signed-in learners, everyone's progress for OAS staff; a completion is recorded once,
// with an audit entry.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { multipartBody } from './support/multipart-body.js';
import { type Client, startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const ROLES = ['admin', 'reviewer', 'arg'] as const;

describe('training API', () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  function attempt(client: Client, exercise: string, csv: string, justifications?: unknown) {
    const fields: Record<string, string> = justifications
      ? { justifications: JSON.stringify(justifications) }
      : {};
    const body = multipartBody(fields, { name: `${exercise}.csv`, content: csv });
    return client.request({
      method: 'POST',
      url: `/api/training/exercises/${exercise}/attempts?lang=es`,
      payload: body.payload,
      headers: body.headers,
    });
  }

  async function practiceFile(exercise: string): Promise<string> {
    return (await w.anonymous.get(`/api/training/exercises/${exercise}`)).json().file.csv;
  }

  test('anyone reads the course in their language: five lessons, four exercises', async () => {
    for (const client of [w.anonymous, ...(await Promise.all(ROLES.map((r) => w.as(r))))]) {
      const course = (await client.get('/api/training/course?lang=fr')).json();
      assert.equal(course.lessons.length, 5);
      assert.equal(course.exercises.length, 4);
      assert.match(course.lessons[2].title, /cellules vides/i);
      assert.match(course.lessons[2].markdown, /MISSING_STATUS/);
    }
    const totals = (await w.anonymous.get('/api/training/exercises/totals?lang=pt')).json();
    assert.equal(totals.exercise.title, 'Um total que não fecha');
    assert.match(totals.file.csv, /^REF_AREA,COUNTRY_OF_BIRTH/);
    const file = await w.anonymous.get('/api/training/exercises/totals/file');
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /text\/csv/);
    assert.match(String(file.headers['content-disposition']), /sicremi-totals\.csv/);
    assert.equal((await w.anonymous.get('/api/training/exercises/nope')).statusCode, 404);
  });

  test('attempts and progress need an account; everyone’s progress is for OAS staff', async () => {
    assert.equal((await attempt(w.anonymous, 'totals', 'x')).statusCode, 401);
    assert.equal((await w.anonymous.get('/api/training/progress')).statusCode, 401);
    assert.equal((await w.anonymous.get('/api/training/learners')).statusCode, 401);
    const arg = await w.as('arg');
    const refused = await arg.get('/api/training/learners');
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'FORBIDDEN');
    for (const role of ['admin', 'reviewer'] as const) {
      assert.equal((await (await w.as(role)).get('/api/training/learners')).statusCode, 200);
    }
    for (const role of ROLES) {
      const progress = (await (await w.as(role)).get('/api/training/progress')).json().progress;
      assert.equal(progress.length, 4);
    }
  });

  test('a failed attempt shows the known mistakes; the corrected one completes the exercise once', async () => {
    const arg = await w.as('arg');
    const csv = await practiceFile('totals');
    const failed = await attempt(arg, 'totals', csv);
    assert.equal(failed.statusCode, 201, failed.body);
    const first = failed.json();
    assert.equal(first.verdict.passed, false);
    assert.equal(first.verdict.errors, 1);
    assert.equal(first.report.issues[0].code, 'ADDITIVITY');
    assert.match(first.report.issues[0].message, /\w/);
    assert.equal(first.progress.status, 'in_progress');

    const fixed = csv.replace('BLZ,_T,M,_T,2020,29000', 'BLZ,_T,M,_T,2020,30000');
    const passed = (await attempt(arg, 'totals', fixed)).json();
    assert.equal(passed.verdict.passed, true);
    assert.equal(passed.attempt.firstCompletion, true);
    assert.equal(passed.progress.status, 'completed');
    assert.equal(passed.progress.attempts, 2);
    const again = (await attempt(arg, 'totals', fixed)).json();
    assert.equal(again.attempt.firstCompletion, false);
    assert.equal(again.progress.completedAt, passed.progress.completedAt);

    const audit = await w.testStore.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'training.exercise.complete')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.actor, 'arg@demo.sicremi.org');
    assert.equal(audit[0]?.entity_id, 'totals');
  });

  test('the outlier exercise passes only with the warnings kept and justified', async () => {
    const chl = await w.as('chl');
    const csv = await practiceFile('outlier');
    const first = (await attempt(chl, 'outlier', csv)).json();
    assert.equal(first.verdict.passed, false);
    assert.equal(first.verdict.errors, 0);
    assert.equal(first.verdict.unjustified, 2);
    assert.match(first.verdict.warnings[0].message, /\w/);
    const justifications = first.verdict.warnings.map((w: { row: number }) => ({
      row: w.row,
      text: 'Amnistía de marzo de 2019.',
    }));
    const second = (await attempt(chl, 'outlier', csv, justifications)).json();
    assert.equal(second.verdict.passed, true);
    assert.equal(second.verdict.warnings[0].justification, 'Amnistía de marzo de 2019.');
    const bad = await attempt(chl, 'outlier', csv, [{ row: 'x' }]);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'BAD_REQUEST');
  });

  test('the coordinator sees each learner × exercise with status and date', async () => {
    const admin = await w.as('admin');
    const { learners } = (await admin.get('/api/training/learners')).json();
    const arg = learners.find((l: { email: string }) => l.email === 'arg@demo.sicremi.org');
    const chl = learners.find((l: { email: string }) => l.email === 'chl@demo.sicremi.org');
    assert.deepEqual(arg.countries, ['ARG']);
    assert.equal(arg.completed, 1);
    const totals = arg.exercises.find((e: { exercise: string }) => e.exercise === 'totals');
    assert.equal(totals.status, 'completed');
    assert.match(totals.completedAt, /^\d{4}-\d{2}-\d{2}T/);
    assert.equal(
      chl.exercises.find((e: { exercise: string }) => e.exercise === 'outlier').status,
      'completed',
    );
    assert.equal(
      chl.exercises.find((e: { exercise: string }) => e.exercise === 'totals').status,
      'not_started',
    );
    const mine = (await (await w.as('arg')).get('/api/training/progress')).json().progress;
    assert.deepEqual(
      mine.map((p: { status: string }) => p.status),
      ['not_started', 'not_started', 'completed', 'not_started'],
    );
  });
});
