// Reference data in the browser: the coordinator adds a code to an extensible code list in the
// console, corrects its English label and finds both changes in the audit log; Chile's
// correspondent downloads the round's template, uploads a file with a national label the
// framework does not know, picks the suggested code in the mapping panel, and the same file
// uploaded again has no error left; the coordinator then sees the mapping in the console.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findSeriousViolations } from './support/axe-check.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();

// Synthetic figures; "Venezuela (Rep. Bol.)" is no label or alias of VEN.
const CSV = [
  'REF_AREA,COUNTRY_OF_BIRTH,SEX,AGE,TIME_PERIOD,OBS_VALUE',
  'CHL,_T,_T,_T,2024,1900000',
  'CHL,Venezuela (Rep. Bol.),_T,_T,2024,700000',
  'CHL,PER,_T,_T,2024,250000',
  'CHL,OTH,_T,_T,2024,950000',
].join('\n');

async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function upload(page: Page, url: string, file: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('upload-table').selectOption('MIG_STOCK_FB');
  await page.getByTestId('upload-file').setInputFiles(file);
  await page.getByTestId('upload-submit').click();
  await page.getByTestId('submission-page').locator('h1').waitFor();
}

describe('code lists and mappings in the browser', { skip }, () => {
  let app: BrowserApp;
  let admin: Page;
  let correspondent: Page;
  const file = join(mkdtempSync(join(tmpdir(), 'sicremi-reference-')), 'chile-2024-labels.csv');

  before(async () => {
    writeFileSync(file, CSV);
    app = await startBrowserApp();
    ({ page: admin } = await app.newPage({ bypassCSP: true }));
    ({ page: correspondent } = await app.newPage({ width: 1100 }));
  });
  after(async () => {
    await app?.close();
  });

  test('an admin adds a code, edits its label in /console/codes and finds the change in the audit log', async () => {
    await signIn(
      admin,
      `${app.url}/console/codes?list=CL_REG_PROGRAMME&lang=en`,
      'admin@demo.sicremi.org',
      'demo-admin-2026',
    );
    const codes = admin.getByTestId('codelist-codes');
    await codes.getByTestId('codes-table').waitFor();
    await app.screenshot(admin, 'reference-codelists');
    const violations = await findSeriousViolations(admin);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

    const form = codes.getByTestId('code-form');
    await form.getByLabel('Code', { exact: true }).fill('CHL_TEST2026');
    await form.getByLabel('Label (English)').fill('Chile: test programme 2026');
    await form.getByLabel('Label (Español)').fill('Chile: programa de prueba 2026');
    await form.getByLabel('Label (Français)').fill('Chili : programme test 2026');
    await form.getByLabel('Label (Português)').fill('Chile: programa de teste 2026');
    await form.getByRole('button', { name: 'Add the code' }).click();
    await form.getByText('Code CHL_TEST2026 added.').waitFor();

    await codes.getByRole('searchbox').fill('chl_test');
    assert.equal(await codes.getByTestId('code-row').count(), 1, 'the search finds the new code alone');
    await codes.getByRole('button', { name: 'Edit the labels of CHL_TEST2026' }).click();
    const edit = codes.getByRole('form', { name: 'Labels of CHL_TEST2026' });
    await edit.getByLabel('Label (English)').fill('Chile: pilot regularisation 2026');
    await edit.getByRole('button', { name: 'Save the labels' }).click();
    await codes.getByRole('row', { name: /CHL_TEST2026.*Chile: pilot regularisation 2026/ }).waitFor();
    await app.screenshot(admin, 'reference-code-edited');

    await admin.goto(`${app.url}/console/audit?lang=en`);
    const audit = admin.getByTestId('audit-table');
    const edited = audit.getByRole('row').filter({ hasText: 'code.labels' });
    await edited.waitFor();
    assert.match(
      (await edited.textContent()) ?? '',
      /CL_REG_PROGRAMME\/CHL_TEST2026.*pilot regularisation 2026/,
    );
    assert.equal(await audit.getByRole('row').filter({ hasText: 'code.add' }).count(), 1);
    await app.screenshot(admin, 'reference-audit-log');
  });

  test('a correspondent maps an unknown label from the mapping panel; the same file then uploads clean', async () => {
    // An open round, so the workspace lists the table and its template.
    await admin.goto(`${app.url}/console/rounds?lang=en`);
    await admin.locator('#round-name').fill('2026');
    await admin.locator('#round-deadline').fill('2027-03-31');
    await admin.getByRole('checkbox', { name: 'Foreign-born population, Phase I', exact: true }).check();
    await admin.getByRole('button', { name: 'Open the round' }).click();
    await admin.getByText('Round opened.').waitFor();

    const workspace = `${app.url}/workspace?lang=en`;
    await signIn(correspondent, workspace, 'chl@demo.sicremi.org', 'demo-chile-2026');
    const template = correspondent.getByTestId('round-status').getByRole('link', { name: 'Download (XLSX)' });
    await template.first().waitFor();
    const download = correspondent.waitForEvent('download');
    await template.first().click();
    assert.match((await download).suggestedFilename(), /^SICREMI_MIG_STOCK_FB_CHL_en\.xlsx$/);

    await upload(correspondent, workspace, file);
    const report = correspondent.getByTestId('validation-report');
    assert.notEqual(await report.getByTestId('count-error').textContent(), '0');
    await report.getByText(/“Venezuela \(Rep\. Bol\.\)” is not a recognised code/).waitFor();
    const row = correspondent.getByTestId('mapping-row').first();
    await row.getByRole('combobox').selectOption('VEN');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByText('Saved', { exact: true }).waitFor();
    await app.screenshot(correspondent, 'reference-mapping-saved');

    await upload(correspondent, workspace, file);
    assert.equal(await correspondent.getByTestId('count-error').textContent(), '0', 'no error is left');
    assert.equal(await correspondent.getByTestId('mapping-panel').count(), 0);
    await app.screenshot(correspondent, 'reference-reupload-clean');

    await admin.goto(`${app.url}/console/codes?view=mappings&country=CHL&lang=en`);
    const saved = admin.getByTestId('mapping-record').filter({ hasText: 'Venezuela (Rep. Bol.)' });
    await saved.waitFor();
    assert.match((await saved.textContent()) ?? '', /COUNTRY_OF_BIRTH.*VEN.*chl@demo\.sicremi\.org/);
    await app.screenshot(admin, 'reference-mappings');
    const violations = await findSeriousViolations(admin);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });

  test('at phone width and in Spanish, the code lists read in one column', async () => {
    const { page: phone } = await app.newPage({ width: 390, height: 844 });
    const url = `${app.url}/console/codes?list=CL_SEX`;
    await signIn(phone, `${url}&lang=en`, 'reviewer@demo.sicremi.org', 'demo-reviewer-2026');
    await phone.getByTestId('codelist-codes').waitFor();
    await phone.goto(`${url}&lang=es`);
    const codes = phone.getByTestId('codelist-codes');
    await codes.getByRole('row', { name: /Mujeres/ }).waitFor();
    assert.equal(await codes.getByTestId('code-form').count(), 0, 'a reviewer reads, does not edit');
    await phone.getByRole('heading', { name: 'Listas de códigos y correspondencias' }).waitFor();
    await app.screenshot(phone, 'reference-phone-es');
  });
});
