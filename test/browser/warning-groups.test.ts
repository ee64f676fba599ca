// A census-style file with a new breakdown in the browser: Argentina's correspondent uploads a
// 2017 census by country of birth and sex; the breakdown by sex — new, since the demo published
// origins for both sexes only — is one group, stated in words, with its cells on demand; one
// justification covers it and the submission goes. The reviewer's queue counts no open group.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { buildCensusWithSex } from '../support/census-file.js';
import { findSeriousViolations } from './support/axe-check.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();
const NOTE = 'The 2017 census tabulates the country of birth by sex for the first time.';

async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('warnings grouped by cause in the browser', { skip }, () => {
  let app: BrowserApp;
  let page: Page;
  const file = join(mkdtempSync(join(tmpdir(), 'sicremi-groups-')), 'censo-2017-por-sexo.csv');

  before(async () => {
    writeFileSync(file, buildCensusWithSex({ without: ['VEN'] }));
    app = await startBrowserApp();
    ({ page } = await app.newPage({ bypassCSP: true }));
  });
  after(async () => {
    await app?.close();
  });

  test('uploads a census with a new breakdown by sex, justifies its one group and submits', async () => {
    await signIn(page, `${app.url}/workspace?lang=en`, 'arg@demo.sicremi.org', 'demo-argentina-2026');
    await page.getByTestId('workspace').waitFor();
    await page.getByTestId('upload-table').selectOption('MIG_STOCK_FB');
    await page.getByTestId('upload-file').setInputFiles(file);
    await page.getByTestId('upload-submit').click();
    await page.getByTestId('submission-page').locator('h1').waitFor();
    assert.equal(await page.getByTestId('count-error').textContent(), '0');

    const groups = page.getByTestId('warning-group');
    await groups.first().waitFor();
    assert.equal(await groups.count(), 1, 'one fact to confirm, not one warning per series');
    const group = groups.first();
    assert.equal(await group.getAttribute('data-group'), 'SERIES_BREAK:start:SEX');
    await group.getByText(/The breakdown by sex is new in 2017: \d+ series never published before/).waitFor();
    assert.doesNotMatch((await group.textContent()) ?? '', /COUNTRY_OF_BIRTH=|SEX=_T/);
    await group.locator('summary').click();
    await group.getByText(/Born in Bolivia .*\(BOL\), women: new in 2017/).waitFor();
    await app.screenshot(page, 'workspace-warning-group');
    const violations = await findSeriousViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

    await group.getByRole('textbox').fill(NOTE);
    await group.getByRole('button', { name: 'Justify this group' }).click();
    await group.getByText(`Justification: ${NOTE}`).waitFor();
    await page.getByText('0 groups of warnings still need a justification.').waitFor();
    await page.getByTestId('action-submit').click();
    await page.getByRole('heading', { level: 1 }).getByText('Submitted').waitFor();
    const id = page.url().match(/submissions\/(\d+)/)?.[1] ?? '';

    const { page: reviewer } = await app.newPage();
    await signIn(reviewer, `${app.url}/console?lang=en`, 'reviewer@demo.sicremi.org', 'demo-reviewer-2026');
    const queue = reviewer.getByTestId('queue-submitted');
    await queue.waitFor();
    const row = queue.getByRole('row').filter({ has: reviewer.getByRole('link', { name: id, exact: true }) });
    assert.equal(await row.getByTestId('open-warning-groups').textContent(), '0');
    await row.getByRole('link', { name: id, exact: true }).click();
    const seen = reviewer.getByTestId('warning-group');
    await seen.getByText(`Justification: ${NOTE}`).waitFor();
  });
});
