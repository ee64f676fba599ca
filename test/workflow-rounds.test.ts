// Rounds, phases (with history), the coverage matrix, reminders (idempotent) and the users CLI.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createMailer } from '../src/workflow/mail/send-mail.js';
import { sendReminders } from '../src/workflow/reminders.js';
import { multipartBody } from './support/multipart-body.js';
import { runCli } from './support/run-cli.js';
import { startWorkflowApp, type WorkflowApp } from './support/workflow-app.js';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('rounds, phases, coverage and reminders', () => {
  let w: WorkflowApp;
  before(async () => {
    w = await startWorkflowApp();
  });
  after(async () => w.close());

  test('admins open rounds; names are unique, tables and phases checked', async () => {
    const admin = await w.as('admin');
    const round = await admin.post('/api/rounds', {
      name: '2026',
      deadline: inDays(10),
      opensAt: inDays(-5),
      tables: { I: ['MIG_STOCK_FB', 'MIG_INFLOW_PERM'], II: ['MIG_STOCK_FB'] },
      reminderDays: 14,
    });
    assert.equal(round.statusCode, 201, round.body);
    assert.equal(round.json().round.deadline, `${inDays(10)}T23:59:59.999Z`);
    const again = await admin.post('/api/rounds', { name: '2026', deadline: inDays(10), tables: {} });
    assert.equal(again.json().error.code, 'ROUND_EXISTS');
    const badTable = await admin.post('/api/rounds', {
      name: 'x',
      deadline: inDays(10),
      tables: { I: ['NOPE'] },
    });
    assert.equal(badTable.json().error.code, 'TABLE_NOT_FOUND');
    const badPhase = await admin.post('/api/rounds', { name: 'y', deadline: inDays(10), tables: { IV: [] } });
    assert.equal(badPhase.json().error.code, 'INVALID_PHASE');
    const badDate = await admin.post('/api/rounds', { name: 'z', deadline: 'soon', tables: {} });
    assert.equal(badDate.json().error.code, 'INVALID_DATE');
    assert.equal((await (await w.as('chl')).get('/api/rounds')).json().rounds.length, 1);
  });

  test('phases follow the pilot-ten default; a reassignment keeps the history', async () => {
    const phases = (await w.anonymous.get('/api/phases')).json().countries as {
      country: string;
      phase: string;
    }[];
    const phaseOf = (iso3: string) => phases.find((p) => p.country === iso3)?.phase;
    assert.equal(phases.filter((p) => p.phase === 'I').length, 10);
    assert.equal(phaseOf('CHL'), 'I');
    assert.equal(phaseOf('BOL'), 'II');
    assert.equal(phaseOf('HTI'), 'III');
    const admin = await w.as('admin');
    const moved = await admin.put('/api/phases/BOL', { phase: 'I', reason: 'Ready early' });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().phase, 'I');
    const history = (await w.anonymous.get('/api/phases?history=true'))
      .json()
      .history.filter((h: { iso3: string }) => h.iso3 === 'BOL');
    assert.deepEqual(
      history.map((h: { phase: string; to?: string }) => [h.phase, Boolean(h.to)]),
      [
        ['II', true],
        ['I', false],
      ],
    );
    const lastYear = (
      await w.anonymous.get(`/api/phases?date=${new Date().getUTCFullYear() - 1}-06-01`)
    ).json();
    assert.equal(lastYear.countries.find((c: { country: string }) => c.country === 'BOL').phase, 'II');
    assert.equal((await admin.put('/api/phases/FRA', { phase: 'I' })).json().error.code, 'UNKNOWN_COUNTRY');
  });

  test('the coverage matrix tracks each country × table, per phase, on time or late', async () => {
    const chl = await w.as('chl');
    const reviewer = await w.as('reviewer');
    const csv = 'COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE\nARG,_T,_T,2024,100\n';
    const up = await chl.request({
      method: 'POST',
      url: '/api/submissions',
      ...multipartBody({ table: 'MIG_STOCK_FB', country: 'CHL' }, { name: 'c.csv', content: csv }),
    });
    const { id } = up.json();
    assert.equal(
      (await reviewer.get(`/api/submissions/${id}`)).json().submission.roundId,
      1,
      'joined the open round',
    );
    let coverage = (await reviewer.get('/api/coverage?round=2026')).json();
    const cell = (country: string, table: string) =>
      coverage.cells.find(
        (c: { country: string; table: string }) => c.country === country && c.table === table,
      );
    assert.equal(cell('CHL', 'MIG_STOCK_FB').status, 'draft');
    await chl.post(`/api/submissions/${id}/justifications`, { text: 'Argentina only.' });
    assert.equal((await chl.post(`/api/submissions/${id}/submit`, {})).statusCode, 200);
    coverage = (await reviewer.get('/api/coverage?round=2026')).json();
    assert.equal(cell('CHL', 'MIG_STOCK_FB').status, 'submitted');
    assert.equal(cell('CHL', 'MIG_STOCK_FB').timeliness, 'on_time');
    assert.equal(cell('CHL', 'MIG_INFLOW_PERM').status, 'not_started');
    assert.equal(cell('CHL', 'MIG_INFLOW_PERM').timeliness, null);
    assert.equal(cell('BOL', 'MIG_INFLOW_PERM').phase, 'I', 'BOL moved to phase I');
    assert.equal(cell('HTI', 'MIG_STOCK_FB'), undefined, 'phase III was asked for nothing');
    const phaseII = (await reviewer.get('/api/coverage?round=2026&phase=II')).json();
    assert.ok(phaseII.cells.length > 0);
    assert.ok(
      phaseII.cells.every(
        (c: { phase: string; table: string }) => c.phase === 'II' && c.table === 'MIG_STOCK_FB',
      ),
    );

    const admin = await w.as('admin');
    await admin.post('/api/rounds', {
      name: 'closed',
      opensAt: inDays(-60),
      deadline: inDays(-30),
      tables: { I: ['MIG_ASYLUM'] },
    });
    const closed = (await reviewer.get('/api/coverage?round=closed')).json();
    assert.ok(closed.cells.every((c: { timeliness: string }) => c.timeliness === 'late'));
    assert.equal((await reviewer.get('/api/coverage?round=nope')).json().error.code, 'ROUND_NOT_FOUND');
  });

  test('reminders go once to correspondents with tables not submitted near the deadline', async () => {
    const first = await runCli(['reminders', 'send'], w.testStore.env);
    assert.equal(first.code, 0, first.stderr);
    const sent = Number(/(\d+) sent/.exec(first.stdout)?.[1]);
    assert.ok(sent >= 2, first.stdout);
    // Running again (here through the same function, to spare a process) sends nothing new.
    const second = await sendReminders(
      w.testStore.store,
      createMailer({ smtpUrl: undefined, mailFrom: 'x@y.org' }, () => {}),
    );
    assert.equal(second.sent, 0);
    assert.equal(second.alreadySent, sent);
    const outbox = (await (await w.as('admin')).get('/api/outbox')).json().messages as {
      to: string;
      kind: string;
      body: string;
    }[];
    const reminders = outbox.filter((m) => m.kind === 'reminder');
    assert.equal(reminders.length, sent);
    const toChile = reminders.find((m) => m.to === 'chl@demo.sicremi.org')!;
    assert.match(toChile.body, /MIG_INFLOW_PERM/);
    assert.doesNotMatch(toChile.body, /MIG_STOCK_FB/, 'submitted tables are not reminded');
    assert.ok(reminders.some((m) => m.to === 'arg@demo.sicremi.org'));
  });

  test('sicremi users add creates accounts; a bad role fails (1), a missing flag is a usage error (2)', async () => {
    const ok = await runCli(
      [
        'users',
        'add',
        '--email',
        'new.corr@example.org',
        '--role',
        'correspondent',
        '--country',
        'PER',
        'BOL',
      ],
      w.testStore.env,
    );
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /created correspondent new\.corr@example\.org for BOL, PER/);
    assert.match(ok.stdout, /password: \S{12,}/);
    const bad = await runCli(['users', 'add', '--email', 'x@example.org', '--role', 'boss'], w.testStore.env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /INVALID_ROLE/);
    const usage = await runCli(['users', 'add', '--role', 'admin'], w.testStore.env);
    assert.equal(usage.code, 2);
  });
});
