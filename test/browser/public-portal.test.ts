// The public portal in a real browser: the home page's figures and map, the explorer from
// filter to chart to downloads with its state in the address, the language switch (Spanish,
// Portuguese, French number formats), the main pages without serious axe violations, and
// phone width. Screenshots of each page land in test-artifacts/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findSeriousViolations } from './support/axe-check.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const violations = await findSeriousViolations(page);
  assert.deepEqual(
    violations,
    [],
    `${where}: serious accessibility violations\n${JSON.stringify(violations, null, 2)}`,
  );
}

describe('public portal in the browser', { skip }, () => {
  let app: BrowserApp;
  let page: Page;

  before(async () => {
    app = await startBrowserApp();
    // axe is injected as a script, which the app's Content-Security-Policy rightly refuses.
    ({ page } = await app.newPage({ bypassCSP: true }));
  });
  after(async () => {
    await app?.close();
  });

  test('the home page shows the latest regional figures, the map and the releases', async () => {
    await page.goto(`${app.url}/?lang=en`);
    const stock = page.getByTestId('headline-stock');
    await stock.locator('.headline-card__value', { hasText: /million/ }).waitFor();
    assert.match((await stock.textContent()) ?? '', /2020 · 35 countries/);
    await page.locator('[data-testid=home-map][data-ready=true]').waitFor();
    await page.getByTestId('release-list').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.waitForTimeout(500); // let the map finish its first frame
    await app.screenshot(page, 'home-en');
    await expectNoSeriousViolations(page, 'home');
  });

  test('explore: filter countries, chart them, download the chart and the data; the address reproduces the view', async () => {
    await page.goto(`${app.url}/explore?table=MIG_STOCK_FB&lang=en`);
    await page.getByTestId('pivot-table').waitFor();
    assert.match(page.url(), /COUNTRY_OF_BIRTH=_T/, 'the default view is written into the address');

    const countries = page.getByTestId('filter-REF_AREA');
    await countries.locator('summary').click();
    const search = countries.getByRole('searchbox');
    await search.fill('chil');
    await countries.getByRole('checkbox', { name: /Chile/ }).check();
    await search.fill('argen');
    await countries.getByRole('checkbox', { name: /Argentina/ }).check();
    await page.getByTestId('result-summary').getByText('16 values shown.').waitFor();
    assert.match(decodeURIComponent(page.url()), /REF_AREA=ARG,CHL/);
    await app.screenshot(page, 'explore-table');

    // Regional aggregates: sums the server makes over the countries shown, set apart and
    // explained on each cell; the count of published values does not change.
    await page.getByTestId('regions-toggle').check();
    const southAmerica = page.getByTestId('pivot-table').getByRole('rowheader', { name: 'South America' });
    await southAmerica.waitFor();
    assert.match(page.url(), /regions=1/);
    const regionCell = page
      .getByTestId('pivot-table')
      .locator('tr', { has: page.getByRole('rowheader', { name: 'South America' }) })
      .locator('td.pivot__aggregate')
      .first();
    assert.match((await regionCell.getAttribute('title')) ?? '', /Sum over 2 of 12 member states/);
    await page.getByTestId('result-summary').getByText('16 values shown.').waitFor();
    await app.screenshot(page, 'explore-regions');
    await page.getByTestId('regions-toggle').uncheck();
    await southAmerica.waitFor({ state: 'detached' });

    await page.getByTestId('view-chart').check();
    await page.locator('[data-testid=explore-chart][data-ready=true]').waitFor();
    await page.getByRole('radio', { name: 'Bar', exact: true }).check();
    assert.match(page.url(), /view=chart/);
    assert.match(page.url(), /chart=bar/);
    await page.waitForTimeout(400);
    await app.screenshot(page, 'explore-chart');

    const [chartDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download chart (PNG)' }).click(),
    ]);
    assert.match(chartDownload.suggestedFilename(), /^sicremi-mig_stock_fb\.png$/);
    const png = readFileSync((await chartDownload.path()) ?? '');
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')], 'the chart download is a PNG image');

    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download chart (SVG)' }).click(),
    ]);
    const svg = readFileSync((await svgDownload.path()) ?? '', 'utf8');
    assert.match(svg, /<svg/);
    assert.match(svg, /Foreign-born population/, 'the SVG carries its title');
    assert.match(svg, /SICREMI \(OAS\)/, 'the SVG cites its source');

    const csvHref = await page.getByTestId('download-csv').getAttribute('href');
    assert.match(
      decodeURIComponent(csvHref ?? ''),
      /\/api\/download\?table=MIG_STOCK_FB&format=csv&REF_AREA=ARG,CHL/,
    );
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-csv').click(),
    ]);
    const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8');
    assert.match(csv, /CHL/);
    assert.doesNotMatch(csv, /\bBRA\b/, 'the download holds the filtered view only');

    await page.getByText('For developers: this view through the API').click();
    assert.match(
      (await page.getByTestId('sdmx-url').textContent()) ?? '',
      /\/sdmx\/v2\/data\/dataflow\/OAS\/MIG_STOCK_FB\/~\/ARG\+CHL\._T\._T\._T$/,
    );

    const shared = page.url();
    await page.goto(shared);
    await page.locator('[data-testid=explore-chart][data-ready=true]').waitFor();
    assert.equal(
      await page.getByRole('radio', { name: 'Bar', exact: true }).isChecked(),
      true,
      'the shared link reopens the bar chart',
    );
    assert.match(
      (await page.getByTestId('filter-REF_AREA').locator('summary').textContent()) ?? '',
      /Argentina, Chile/,
    );
    await expectNoSeriousViolations(page, 'explorer');
  });

  test('a pivot of many rows comes from the server a window at a time as the reader scrolls', async () => {
    const windows: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pivot?'))
        windows.push(new URL(request.url()).searchParams.get('offset') ?? '');
    });
    const first = page.waitForResponse((response) => response.url().includes('/pivot?'));
    await page.goto(
      `${app.url}/explore?table=MIG_STOCK_FB&SEX=_T&AGE=_T&rows=REF_AREA,COUNTRY_OF_BIRTH&cols=TIME_PERIOD&lang=en`,
    );
    const layout = (await (await first).json()) as { rowCount: number; rows: unknown[]; colDims: unknown[] };
    assert.ok(layout.rowCount > 300, `a tall table (${layout.rowCount} rows)`);
    assert.equal(layout.rows.length, 100, 'the first answer holds one window, not the table');
    const table = page.getByTestId('pivot-table');
    await table.waitFor();
    assert.equal(
      await table.locator('table').getAttribute('aria-rowcount'),
      String(layout.rowCount + layout.colDims.length),
    );
    assert.ok((await table.locator('tbody tr').count()) < 120, 'only the rows in view are in the page');
    await table.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    const last = table.locator(`tr[aria-rowindex="${layout.rowCount + layout.colDims.length}"]`);
    await last.locator('th').first().waitFor();
    assert.match((await last.textContent()) ?? '', /\d/, 'the last row shows its figures');
    assert.equal(await table.locator('[aria-busy=true]').count(), 0);
    const lastWindow = String(Math.floor((layout.rowCount - 1) / 100) * 100);
    assert.ok(windows.includes(lastWindow), `the last window was fetched (${windows.join(' ')})`);
    assert.ok(windows.length < layout.rowCount / 100 + 1, 'windows skipped over are not fetched');
    await app.screenshot(page, 'explore-pivot-scrolled');
  });

  test('the language switch changes texts, number formats, <html lang> and the address, and is remembered', async () => {
    await page.goto(
      `${app.url}/explore?table=MIG_STOCK_FB&REF_AREA=CHL&COUNTRY_OF_BIRTH=_T&SEX=_T&AGE=_T&lang=en`,
    );
    await page.getByTestId('pivot-table').getByText('1,645,015').waitFor();

    await page.getByTestId('language-select').selectOption('es');
    await page.getByRole('link', { name: 'Explorador de datos' }).waitFor();
    await page.getByTestId('pivot-table').getByText('1.645.015').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.match(page.url(), /lang=es/);
    assert.equal(await page.evaluate('localStorage.getItem("sicremi.lang")'), 'es');
    await app.screenshot(page, 'explore-es');

    await page.goto(`${app.url}/`); // no ?lang: the remembered language wins
    await page.getByRole('heading', { name: 'La migración laboral en las Américas' }).waitFor();
    assert.match(page.url(), /lang=es/);
    await page
      .getByTestId('headline-stock')
      .locator('.headline-card__value', { hasText: /millones/ })
      .waitFor();
    await app.screenshot(page, 'home-es');

    await page.getByTestId('language-select').selectOption('pt');
    await page.getByRole('heading', { name: 'A migração laboral nas Américas' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'pt');
    await page.goto(
      `${app.url}/explore?table=MIG_STOCK_FB&REF_AREA=CHL&COUNTRY_OF_BIRTH=_T&SEX=_T&AGE=_T&lang=pt`,
    );
    await page.getByRole('link', { name: 'Explorador de dados' }).waitFor();
    await page.getByTestId('pivot-table').getByText('1.645.015').waitFor();
    await app.screenshot(page, 'explore-pt');

    await page.getByTestId('language-select').selectOption('fr');
    await page.getByTestId('pivot-table').getByText('1\u202f645\u202f015').waitFor();

    const html = await (await fetch(`${app.url}/countries/CHL?lang=pt`)).text();
    assert.match(html, /<html lang="pt"/, 'the server answers the page in the language of the link');
    await page.getByTestId('language-select').selectOption('en');
  });

  test('a country profile, the indicators, the methodology and the knowledge space have content and no serious axe violations', async () => {
    await page.goto(`${app.url}/countries/CHL?lang=en`);
    await page.getByRole('heading', { name: 'Chile', level: 1 }).waitFor();
    await page.getByTestId('key-stock').getByText('1,645,015').waitFor();
    // The change is the server's: IMS2020's 2020 against IMS2020's 2015, never IMS2019's 2019.
    await page
      .getByTestId('key-stock-change')
      .getByText(/^2020 · \+[\d.]+% since 2015$/)
      .waitFor();
    await page.locator('[data-testid=origins-chart][data-ready=true]').waitFor();
    await page
      .getByTestId('coverage-table')
      .getByText('1990, 1995, 2000, 2005, 2010, 2015, 2019–2020')
      .first()
      .waitFor();
    const pdfLink = page.getByTestId('country-report-links').getByRole('link', { name: 'Download (PDF)' });
    const pdfHref = await pdfLink.getAttribute('href');
    assert.equal(pdfHref, '/api/reports/country/CHL/pdf?lang=en');
    const pdf = await fetch(`${app.url}${pdfHref}`);
    assert.equal(pdf.status, 200);
    assert.match(pdf.headers.get('content-type') ?? '', /application\/pdf/);
    await page.waitForTimeout(300);
    await app.screenshot(page, 'country-chl');
    await expectNoSeriousViolations(page, 'country profile');

    await page.goto(`${app.url}/indicators?lang=en`);
    await page
      .getByTestId('indicator-list')
      .getByRole('link', { name: 'Permanent-type inflow rate' })
      .waitFor();
    await app.screenshot(page, 'indicators');
    await expectNoSeriousViolations(page, 'indicators');

    await page.goto(`${app.url}/indicators/FB_SHARE?lang=en`);
    await page.getByTestId('indicator-page').waitFor();
    await page.waitForTimeout(800);
    await app.screenshot(page, 'indicator-fb-share');

    await page.goto(`${app.url}/methodology?section=rules&lang=en`);
    await page.getByTestId('rules-table').getByText('UNKNOWN_CODE').waitFor();
    await app.screenshot(page, 'methodology-rules');
    await expectNoSeriousViolations(page, 'methodology');

    await page.goto(`${app.url}/developers?lang=es`);
    await page
      .getByRole('heading', { name: 'Desarrolladores: el SICREMI en sus herramientas', level: 1 })
      .waitFor();
    const rRecipe = await page.locator('code[data-recipe=r]').textContent();
    assert.ok(rRecipe?.includes(`sicremi <- "${app.url}/sdmx/v1"`), 'the R recipe points at this server');
    await expectNoSeriousViolations(page, 'developers');

    await page.goto(`${app.url}/knowledge?lang=fr`);
    await page.getByTestId('knowledge-search').fill('naturalisés');
    await page
      .getByTestId('knowledge-results')
      .getByRole('link', { name: /Né à l’étranger ou étranger/ })
      .click();
    await page
      .getByTestId('knowledge-document')
      .getByRole('heading', { name: 'Deux définitions du migrant' })
      .waitFor();
    await app.screenshot(page, 'knowledge-document-fr');
    await expectNoSeriousViolations(page, 'knowledge document');

    await page.goto(`${app.url}/workspace?lang=en`);
    await page.getByTestId('sign-in-form').waitFor();
    await expectNoSeriousViolations(page, 'sign-in');
  });

  test('at phone width the navigation folds behind a menu button and pages fit the screen', async () => {
    const { context, page: phone } = await app.newPage({ width: 390, height: 844 });
    try {
      await phone.goto(`${app.url}/?lang=en`);
      await phone.locator('[data-testid=home-map][data-ready=true]').waitFor();
      const explore = phone.getByRole('link', { name: 'Data explorer' });
      assert.equal(await explore.isVisible(), false, 'the navigation is folded');
      await phone.getByRole('button', { name: 'Menu' }).click();
      assert.equal(await explore.isVisible(), true);
      const overflow = Number(await phone.evaluate('document.documentElement.scrollWidth'));
      assert.ok(overflow <= 391, `the home page is ${overflow}px wide on a 390px screen`);
      await app.screenshot(phone, 'phone-home');
      await explore.click();
      await phone.getByTestId('table-picker').waitFor();
      await phone.goto(`${app.url}/explore?table=MIG_STOCK_FB&REF_AREA=CHL,ARG&lang=en`);
      await phone.getByTestId('pivot-table').waitFor();
      const exploreWidth = Number(await phone.evaluate('document.documentElement.scrollWidth'));
      assert.ok(exploreWidth <= 391, `the explorer is ${exploreWidth}px wide on a 390px screen`);
      await app.screenshot(phone, 'phone-explore');
    } finally {
      await context.close();
    }
  });
});
