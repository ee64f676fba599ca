// The network's story in the browser: Chile's correspondent uploads a file with an error,
// maps the national value (or, while the server has no mapping route, uploads the corrected
// file), justifies every group of warnings and submits; an OAS reviewer returns it with a message; the
// correspondent resubmits; the reviewer accepts and publishes; the new figure and its footnote
// appear on the public explorer. Each side signs in in its own browser context.
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
const ROWS = (venezuela: string) => [
  'CHL,_T,_T,_T,2024,1900000',
  'CHL,_T,F,_T,2024,950000',
  'CHL,_T,M,_T,2024,950000',
  `CHL,${venezuela},_T,_T,2024,700000`,
  'CHL,PER,_T,_T,2024,250000',
  'CHL,OTH,_T,_T,2024,950000',
];
const JUSTIFICATION = 'Census 2024 count; earlier figures were UN estimates.';

async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function upload(page: Page, file: string): Promise<void> {
  await page.getByTestId('upload-table').selectOption('MIG_STOCK_FB');
  await page.getByTestId('upload-file').setInputFiles(file);
  await page.getByTestId('upload-submit').click();
  await page.getByTestId('submission-page').locator('h1').waitFor();
}

describe('correspondent and reviewer in the browser', { skip }, () => {
  let app: BrowserApp;
  let correspondent: Page;
  let reviewer: Page;
  let admin: Page;
  let submissionUrl = '';
  const files = mkdtempSync(join(tmpdir(), 'sicremi-story-'));
  const withLabel = join(files, 'chile-2024-labels.csv');
  const corrected = join(files, 'chile-2024.csv');

  before(async () => {
    writeFileSync(withLabel, [HEADER, ...ROWS('Venezuela (Rep. Bol.)')].join('\n'));
    writeFileSync(corrected, [HEADER, ...ROWS('VEN')].join('\n'));
    app = await startBrowserApp();
    ({ page: correspondent } = await app.newPage());
    ({ page: reviewer } = await app.newPage());
    ({ page: admin } = await app.newPage({ bypassCSP: true }));
  });
  after(async () => {
    await app?.close();
  });

  test('an admin opens the reporting round; the coverage matrix lists the requested tables', async () => {
    await signIn(admin, `${app.url}/console/rounds?lang=en`, 'admin@demo.sicremi.org', 'demo-admin-2026');
    await admin.locator('#round-name').fill('2026');
    await admin.locator('#round-deadline').fill('2027-03-31');
    // One reviewer accepts and publishes in this story: the round does without four eyes.
    await admin.locator('#round-four-eyes').uncheck();
    await admin.getByRole('checkbox', { name: 'Foreign-born population, Phase I', exact: true }).check();
    await admin.getByRole('button', { name: 'Open the round' }).click();
    await admin.getByText('Round opened.').waitFor();
    await admin.goto(`${app.url}/console/coverage?lang=en`);
    const matrix = admin.getByTestId('coverage-matrix');
    await matrix.getByRole('rowheader', { name: 'CHL' }).waitFor();
    assert.match((await matrix.textContent()) ?? '', /MIG_STOCK_FB/);
    const violations = await findSeriousViolations(admin);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });

  test('the correspondent uploads a file with an error, fixes the mapping, justifies the warnings and submits', async (t) => {
    await signIn(correspondent, `${app.url}/workspace?lang=en`, 'chl@demo.sicremi.org', 'demo-chile-2026');
    await correspondent.getByTestId('workspace').waitFor();
    await correspondent.getByTestId('round-status').getByText('Reporting round 2026').waitFor();
    await app.screenshot(correspondent, 'workspace');
    await upload(correspondent, withLabel);
    const report = correspondent.getByTestId('validation-report');
    assert.notEqual(
      await report.getByTestId('count-error').textContent(),
      '0',
      'the label is reported as an error',
    );
    await report.getByText(/“Venezuela \(Rep\. Bol\.\)” is not a recognised code/).waitFor();
    await app.screenshot(correspondent, 'workspace-report-with-error');

    const mapping = correspondent.getByTestId('mapping-row').first();
    await mapping.getByRole('combobox').selectOption('VEN');
    await mapping.getByRole('button', { name: 'Save' }).click();
    await mapping.getByText(/Saved|cannot be saved/).waitFor();
    const mappingSaved = (await mapping.getByText('Saved', { exact: true }).count()) > 0;
    if (!mappingSaved)
      t.diagnostic('POST /api/mappings is not on the server yet: uploading the corrected file instead');

    await correspondent.getByTestId('action-withdraw').click();
    await correspondent.getByRole('heading', { level: 1 }).getByText('Withdrawn').waitFor();
    await correspondent.goto(`${app.url}/workspace?lang=en`);
    await upload(correspondent, mappingSaved ? withLabel : corrected);
    assert.equal(await correspondent.getByTestId('count-error').textContent(), '0', 'no error is left');
    submissionUrl = correspondent.url();

    const groups = correspondent.getByTestId('warning-group');
    const count = await groups.count();
    assert.ok(count > 0, 'the jump from the estimates is a warning to justify');
    for (let i = 0; i < count; i += 1) {
      const item = groups.nth(i);
      await item.getByRole('textbox').fill(JUSTIFICATION);
      await item.getByRole('button', { name: 'Justify this group' }).click();
      await item.getByText(`Justification: ${JUSTIFICATION}`).waitFor();
    }
    await correspondent.getByText('0 groups of warnings still need a justification.').waitFor();
    await app.screenshot(correspondent, 'workspace-justified');
    await correspondent.getByTestId('action-submit').click();
    await correspondent.getByRole('heading', { level: 1 }).getByText('Submitted').waitFor();
  });

  test('the reviewer returns it with a message; the correspondent resubmits', async () => {
    await signIn(reviewer, `${app.url}/console?lang=en`, 'reviewer@demo.sicremi.org', 'demo-reviewer-2026');
    const queue = reviewer.getByTestId('queue-submitted');
    await queue.waitFor();
    await app.screenshot(reviewer, 'console-queue');
    const id = submissionUrl.match(/submissions\/(\d+)/)?.[1] ?? '';
    await queue.getByRole('link', { name: id, exact: true }).click();
    await reviewer.getByTestId('revision-diff').waitFor();
    await reviewer
      .locator('#action-message')
      .fill('Please confirm the 2024 total against the census tables.');
    await reviewer.getByTestId('action-return').click();
    await reviewer.getByRole('heading', { level: 1 }).getByText('Returned').waitFor();
    await app.screenshot(reviewer, 'console-submission-returned');

    await correspondent.goto(submissionUrl);
    // The reason is at the top of the page (and in the history).
    await correspondent
      .getByTestId('return-reason')
      .getByText('Please confirm the 2024 total against the census tables.')
      .waitFor();
    await correspondent.getByTestId('action-submit').click();
    await correspondent.getByRole('heading', { level: 1 }).getByText('Submitted').waitFor();
  });

  test('the reviewer accepts and publishes, and the new value appears on the public explorer with its footnote', async () => {
    await reviewer.goto(submissionUrl.replace('/workspace/', '/console/'));
    await reviewer.getByTestId('action-accept').click();
    await reviewer.getByRole('heading', { level: 1 }).getByText('Accepted').waitFor();
    await reviewer.getByTestId('action-publish').click();
    await reviewer.getByRole('heading', { level: 1 }).getByText('Published').waitFor();

    const { context, page: visitor } = await app.newPage();
    try {
      // The justified warnings sit at the Venezuelan-born figure (an outlier against the UN
      // estimates): the view selects it with the total, so its footnote is in the table's legend.
      await visitor.goto(
        `${app.url}/explore?table=MIG_STOCK_FB&REF_AREA=CHL&COUNTRY_OF_BIRTH=_T,VEN&lang=en`,
      );
      const table = visitor.getByTestId('pivot-table');
      await table.getByText('1,900,000').waitFor();
      await table.getByText('700,000').waitFor();
      await visitor.getByTestId('flag-legend').getByText(JUSTIFICATION).first().waitFor();
      await app.screenshot(visitor, 'explorer-after-publication');
      await admin.goto(`${app.url}/console/coverage?lang=en`);
      await admin.getByTestId('coverage-matrix').getByText('P', { exact: true }).first().waitFor();
      await app.screenshot(admin, 'console-coverage');
    } finally {
      await context.close();
    }
  });

  test('the correspondent starts a discussion in the knowledge space, which the public can read', async () => {
    await correspondent.goto(`${app.url}/knowledge?lang=en`);
    const form = correspondent.getByTestId('new-thread');
    await form.getByLabel('Topic').fill('censuses');
    await form.getByLabel('Title').fill('Counting the 2024 census in SICREMI');
    await form
      .getByLabel('Message')
      .fill('We replaced the UN estimates by the census count; happy to share how.');
    await form.getByRole('button', { name: 'Start the discussion' }).click();
    await correspondent
      .getByTestId('thread-page')
      .getByRole('heading', { name: 'Counting the 2024 census in SICREMI' })
      .waitFor();
    await app.screenshot(correspondent, 'knowledge-thread');

    const { context, page: visitor } = await app.newPage();
    try {
      await visitor.goto(`${app.url}/knowledge?lang=en`);
      await visitor
        .getByTestId('thread-list')
        .getByRole('link', { name: 'Counting the 2024 census in SICREMI' })
        .click();
      await visitor.getByText('National correspondent (CHL)').first().waitFor();
      assert.equal(
        await visitor.getByText('chl@demo.sicremi.org').count(),
        0,
        'discussions never show email addresses',
      );
    } finally {
      await context.close();
    }
  });
});
