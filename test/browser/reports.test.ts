// The report pages of the portal in a real browser: the regional report and a country note are
// pages of the web application (navigation, language switch), pinned by a date kept in the
// address, with the PDF and standalone HTML of the same pin one click away.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findSeriousViolations } from './support/axe-check.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();

describe('report pages in the browser', { skip }, () => {
  let app: BrowserApp;
  let page: Page;

  before(async () => {
    app = await startBrowserApp();
    ({ page } = await app.newPage({ bypassCSP: true }));
  });
  after(async () => {
    await app?.close();
  });

  test('a country profile opens its note as a portal page; the language switch re-renders it', async () => {
    await page.goto(`${app.url}/countries/CHL?lang=es`);
    await page.getByTestId('country-report-links').getByRole('link', { name: 'Leer en línea' }).click();
    await page.waitForURL(/\/reports\/CHL\?lang=es/);
    const report = page.getByTestId('report-document');
    await report.waitFor();
    assert.equal(await report.getAttribute('lang'), 'es');
    assert.match((await report.locator('h1').textContent()) ?? '', /Chile/);
    // Key figures in the Spanish number format, and the charts drawn.
    assert.ok((await report.locator('table').count()) >= 1);
    assert.match((await report.locator('table').first().textContent()) ?? '', /\d\.\d{3}/);
    assert.ok((await report.locator('figure svg').count()) >= 1);
    const pdf = await page.getByRole('link', { name: 'Descargar (PDF)' }).getAttribute('href');
    assert.equal(pdf, '/api/reports/country/CHL/pdf?lang=es');
    assert.equal(
      await page.title(),
      `${await report.locator('.report__series').textContent()}: ${await report.locator('h1').textContent()} · SICREMI`,
    );
    await app.screenshot(page, 'report-country-es');

    await page.getByLabel(/Idioma/).selectOption('pt');
    await page.waitForURL(/lang=pt/);
    await page.locator('[data-testid=report-document][lang=pt]').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'pt');
    const pdfPt = await page.getByRole('link', { name: 'Baixar (PDF)' }).getAttribute('href');
    assert.equal(pdfPt, '/api/reports/country/CHL/pdf?lang=pt');
  });

  test('"pin" turns the latest report into a permanent address; the file links follow it', async () => {
    await page.goto(`${app.url}/reports/region?lang=en`);
    const report = page.getByTestId('report-document');
    await report.waitFor();
    assert.ok(
      (await page.locator('.report-toc a').count()) >= 5,
      'the regional report has a linked table of contents',
    );
    await page.getByRole('button', { name: /Pin these figures/ }).click();
    await page.waitForURL(/asOf=\d{4}-\d{2}-\d{2}T/);
    const asOf = new URL(page.url()).searchParams.get('asOf') ?? '';
    await page.locator('[data-testid=report-actions] a[href*="asOf="]').first().waitFor();
    assert.equal(
      await page.getByRole('link', { name: 'Download (PDF)' }).getAttribute('href'),
      `/api/reports/region/pdf?lang=en&asOf=${encodeURIComponent(asOf)}`,
    );
    // The pinned address serves the same report, with the pin printed in it.
    const pinned = await page.request.get(
      `${app.url}/api/reports/region/document?lang=en&asOf=${encodeURIComponent(asOf)}`,
    );
    assert.equal(pinned.status(), 200);
    assert.equal((await pinned.json()).pinnedAt, asOf);
    await page.getByRole('button', { name: 'Latest releases' }).click();
    await page.waitForURL((url) => !url.search.includes('asOf'));
    await app.screenshot(page, 'report-region-en');
    const violations = await findSeriousViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });

  test('the reports index lists the regional report and a note per member state', async () => {
    await page.goto(`${app.url}/reports?lang=fr`);
    await page.getByTestId('reports-index').waitFor();
    await page.getByRole('link', { name: 'Argentine' }).waitFor();
    assert.ok((await page.locator('.report-index li').count()) >= 30);
    await page.getByRole('link', { name: /rapport régional/ }).click();
    await page.waitForURL(/\/reports\/region\?lang=fr/);
    await page.getByTestId('report-document').waitFor();
  });
});
