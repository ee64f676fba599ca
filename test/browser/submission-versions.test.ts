// Issue 17's loop in the browser, with versions and four eyes: Chile's correspondent uploads v1
// with an unknown national label (Submit is disabled, with the reason), maps it and checks again
// in place, justifies and submits; a reviewer clicks a cell of the values to comment on it and
// returns the submission; the correspondent sees the reason and the comment, uploads v2 to the
// same submission, sees the justification carried over and submits; a second reviewer accepts,
// may not publish, and a third publishes. The page shows old → new values, and the round holds
// exactly one submission for that table and country.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findSeriousViolations } from './support/axe-check.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();

const HEADER = 'REF_AREA,COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE';
const ROWS = (venezuela: string, peru: number, other: number) => [
  'CHL,_T,_T,_T,2024,1900000',
  'CHL,_T,F,_T,2024,950000',
  'CHL,_T,M,_T,2024,950000',
  `CHL,${venezuela},_T,_T,2024,700000`,
  `CHL,PER,_T,_T,2024,${peru}`,
  `CHL,OTH,_T,_T,2024,${other}`,
];
const JUSTIFICATION = 'Census 2024 count; earlier figures were UN estimates.';
const COMMENT = 'Is the Peruvian figure from the census too?';
const RETURN_REASON = 'Please use the final census count for Peru.';
const PERU = 'CHL.PER._T._T.2024';

async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A signed-in API session from Node (cookie + CSRF token), for what the test sets up or counts. */
async function apiSession(url: string, email: string, password: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  return {
    get: async (path: string) => (await fetch(`${url}${path}`, { headers })).json(),
    post: async <T = unknown>(path: string, body: unknown) => {
      const response = await fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as T };
    },
  };
}

/** Warnings come grouped by cause: one justification per group. */
async function justifyAll(page: Page): Promise<void> {
  const groups = page.getByTestId('warning-group');
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const item = groups.nth(i);
    if ((await item.getByText(`Justification: ${JUSTIFICATION}`).count()) > 0) continue;
    await item.getByRole('textbox').fill(JUSTIFICATION);
    await item.getByRole('button', { name: 'Justify this group' }).click();
    await item.getByText(`Justification: ${JUSTIFICATION}`).waitFor();
  }
  await page.getByText('0 groups of warnings still need a justification.').waitFor();
}

describe('one submission through its versions, with four eyes', { skip }, () => {
  let app: BrowserApp;
  let correspondent: Page;
  let reviewer: Page;
  let secondReviewer: Page;
  let thirdReviewer: Page;
  let submissionId = '';
  let roundId = 0;
  const files = mkdtempSync(join(tmpdir(), 'sicremi-versions-'));
  const v1 = join(files, 'chile-2024-v1.csv');
  const v2 = join(files, 'chile-2024-v2.csv');

  before(async () => {
    writeFileSync(v1, [HEADER, ...ROWS('Venezuela (Rep. Bol.)', 250000, 950000)].join('\n'));
    writeFileSync(v2, [HEADER, ...ROWS('Venezuela (Rep. Bol.)', 262000, 938000)].join('\n'));
    app = await startBrowserApp();
    ({ page: correspondent } = await app.newPage());
    ({ page: reviewer } = await app.newPage({ bypassCSP: true }));
    ({ page: secondReviewer } = await app.newPage());
    ({ page: thirdReviewer } = await app.newPage());
    // The round (four eyes by default) and two more reviewers: the demo has one.
    const admin = await apiSession(app.url, 'admin@demo.sicremi.org', 'demo-admin-2026');
    const round = await admin.post<{ round: { id: number; fourEyes: boolean } }>('/api/rounds', {
      name: 'Versions 2026',
      deadline: '2099-03-31',
      opensAt: new Date(Date.now() - 1000).toISOString(),
      tables: { I: ['MIG_STOCK_FB'] },
    });
    assert.equal(round.status, 201, JSON.stringify(round.body));
    assert.equal(round.body.round.fourEyes, true);
    roundId = round.body.round.id;
    for (const n of [2, 3]) {
      const created = await admin.post('/api/users', {
        email: `reviewer${n}@example.org`,
        password: `reviewer-${n}-password`,
        role: 'reviewer',
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
    }
  });
  after(async () => {
    await app?.close();
  });

  test('v1: an error blocks Submit with its reason; mapped and checked again in place; justified; submitted', async () => {
    await signIn(correspondent, `${app.url}/workspace?lang=en`, 'chl@demo.sicremi.org', 'demo-chile-2026');
    await correspondent.getByTestId('workspace').waitFor();
    await correspondent.getByTestId('upload-table').selectOption('MIG_STOCK_FB');
    await correspondent.getByTestId('upload-file').setInputFiles(v1);
    await correspondent.getByTestId('upload-submit').click();
    await correspondent.getByTestId('submission-page').locator('h1').waitFor();
    submissionId = correspondent.url().match(/submissions\/(\d+)/)?.[1] ?? '';
    assert.ok(submissionId, 'the upload opened its submission');
    assert.ok(await correspondent.getByTestId('action-submit').isDisabled(), 'Submit waits for the error');
    await correspondent
      .getByTestId('blocked-submit')
      .getByText(/Cannot submit yet: \d+ errors? remains?\. Map the values/)
      .waitFor();

    const mapping = correspondent.getByTestId('mapping-row').first();
    await mapping.getByRole('combobox').selectOption('VEN');
    await mapping.getByRole('button', { name: 'Save' }).click();
    await mapping.getByText('Saved', { exact: true }).waitFor();
    await correspondent.getByTestId('recheck').click();
    await correspondent.getByText('Checked again: 0 errors', { exact: false }).waitFor();
    assert.equal(await correspondent.getByTestId('count-error').textContent(), '0', 'no error is left');
    assert.equal(correspondent.url().match(/submissions\/(\d+)/)?.[1], submissionId, 'the same submission');
    await correspondent.getByTestId('version-1').waitFor();
    assert.equal(await correspondent.getByTestId('version-2').count(), 0, 'a re-check is no new version');

    await justifyAll(correspondent);
    await correspondent.getByTestId('action-submit').click();
    await correspondent.getByRole('heading', { level: 1 }).getByText('Submitted').waitFor();
  });

  test('the reviewer sees the values, comments on a cell by clicking it, and returns', async () => {
    await signIn(reviewer, `${app.url}/console?lang=en`, 'reviewer@demo.sicremi.org', 'demo-reviewer-2026');
    await reviewer.getByTestId('queue-submitted').waitFor();
    await reviewer.goto(`${app.url}/console/submissions/${submissionId}?lang=en`);
    const values = reviewer.getByTestId('submission-values');
    await values.getByTestId(`cell-${PERU}`).click();
    const detail = reviewer.getByTestId('cell-detail');
    await detail.getByText(PERU).waitFor();
    await detail.getByLabel('Comment on this cell').fill(COMMENT);
    await detail.getByTestId('cell-comment-send').click();
    await detail.getByText('Comment sent.').waitFor();
    await reviewer.getByTestId('comments-panel').getByText(COMMENT).waitFor();
    const violations = await findSeriousViolations(reviewer);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await app.screenshot(reviewer, 'console-submission-values');
    await reviewer.locator('#action-message').fill(RETURN_REASON);
    await reviewer.getByTestId('action-return').click();
    await reviewer.getByRole('heading', { level: 1 }).getByText('Returned').waitFor();
  });

  test('v2 goes to the same submission: the comment stays, the justification carries over; submitted', async () => {
    await correspondent.goto(`${app.url}/workspace/submissions/${submissionId}?lang=en`);
    await correspondent.getByTestId('return-reason').getByText(RETURN_REASON).waitFor();
    await correspondent.getByTestId('comments-panel').getByText(COMMENT).waitFor();
    await correspondent.getByTestId('version-file').setInputFiles(v2);
    await correspondent.getByTestId('version-upload').click();
    await correspondent.getByText('Version 2 added.').waitFor();
    await correspondent.getByTestId('version-2').waitFor();
    assert.equal(correspondent.url().match(/submissions\/(\d+)/)?.[1], submissionId);
    await correspondent.getByTestId('comments-panel').getByText(COMMENT).waitFor();
    const carried = correspondent.getByTestId('warning-group').getByText(`Justification: ${JUSTIFICATION}`);
    await carried.first().waitFor();
    assert.match((await correspondent.getByTestId('version-2').textContent()) ?? '', /carried over/);
    await justifyAll(correspondent);
    await app.screenshot(correspondent, 'workspace-version-2');
    await correspondent.getByTestId('action-submit').click();
    await correspondent.getByRole('heading', { level: 1 }).getByText('Submitted').waitFor();
  });

  test('a second reviewer accepts and may not publish; a third publishes; old → new is on the page', async () => {
    await signIn(
      secondReviewer,
      `${app.url}/console?lang=en`,
      'reviewer2@example.org',
      'reviewer-2-password',
    );
    await secondReviewer.getByTestId('queue-submitted').waitFor();
    await secondReviewer.goto(`${app.url}/console/submissions/${submissionId}?lang=en`);
    // Against version 1: Peru and "other" changed, shown old → new.
    const values = secondReviewer.getByTestId('submission-values');
    await values.getByTestId('values-compare').selectOption('previous');
    await values.getByTestId('values-filter').selectOption('changed');
    await values
      .getByTestId('values-summary')
      .getByText('0 new, 2 changed, 4 unchanged, 0 removed.')
      .waitFor();
    const peru = values.getByTestId(`cell-${PERU}`);
    assert.match((await peru.textContent()) ?? '', /250,000\s*→\s*262,000/);
    assert.equal(await peru.locator('del').textContent(), '250,000');
    await secondReviewer.getByTestId('action-accept').click();
    await secondReviewer.getByRole('heading', { level: 1 }).getByText('Accepted').waitFor();
    await secondReviewer
      .getByTestId('four-eyes')
      .getByText(/another reviewer publishes it/)
      .waitFor();
    assert.equal(await secondReviewer.getByTestId('action-publish').count(), 0, 'four eyes');

    await signIn(thirdReviewer, `${app.url}/console?lang=en`, 'reviewer3@example.org', 'reviewer-3-password');
    await thirdReviewer.getByTestId('queue-accepted').waitFor();
    await thirdReviewer.goto(`${app.url}/console/submissions/${submissionId}?lang=en`);
    await thirdReviewer.getByTestId('action-publish').click();
    await thirdReviewer.getByRole('heading', { level: 1 }).getByText('Published').waitFor();

    const staff = await apiSession(app.url, 'reviewer3@example.org', 'reviewer-3-password');
    const listed = (await staff.get(`/api/submissions?table=MIG_STOCK_FB&country=CHL&round=${roundId}`)) as {
      submissions: { id: number }[];
    };
    assert.deepEqual(
      listed.submissions.map((s) => String(s.id)),
      [submissionId],
      'exactly one submission for that table and country in the round',
    );
  });
});
