// Issue 8's data-entry grid in the browser: Chile's correspondent opens the grid, adds origin
// rows and a year, types the totals, pastes a block from a spreadsheet, sees the additivity
// error on the total cell and a missing status on an emptied published cell, fixes both, reloads
// and finds the draft intact, makes an edit offline that survives the closed tab and is sent
// when the server answers again, explains the warnings in the cells' notes and submits; the
// reviewer finds the submission as an upload's, with its file and observations. Figures typed
// here are synthetic.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { findSeriousViolations } from './support/axe-check.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();
const YEAR = String(new Date().getUTCFullYear() - 1);
const NOTE = 'First breakdown by country of birth, from the 2025 migration register.';

async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The cell at a row header and the year/sex column headers, found by the names it is read with. */
function cell(grid: Locator, row: string, sex: string): Locator {
  return grid.getByRole('gridcell', { name: new RegExp(`^${row} ${YEAR} ${sex}\\b`) });
}

// Browser-side code is passed as text: these tests type-check without the DOM library.
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', ${JSON.stringify(text)});
    document.activeElement.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  })()`);
}

/** The active cell's accessible name: its row and column headers, then its own content. */
function activeCellName(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const cell = document.activeElement;
    const ids = ((cell && cell.getAttribute('aria-labelledby')) || '').split(' ');
    return ids.map((id) => (document.getElementById(id) || {}).textContent || '').join(' ');
  })()`) as Promise<string>;
}

/** Waits until the active cell is the one named (the grid answers keys in its own time). */
async function waitActiveCell(page: Page, name: RegExp): Promise<void> {
  let last = '';
  for (let i = 0; i < 50; i += 1) {
    last = await activeCellName(page);
    if (name.test(last)) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`the active cell is "${last}", not ${name}`);
}

/** From the first cell to the last year's total: End, then back over the sexes (Total, F, M, _U). */
async function goToYearTotal(page: Page, grid: Locator): Promise<void> {
  await grid.getByRole('gridcell').first().focus();
  await waitActiveCell(page, /^\S/);
  await page.keyboard.press('End');
  await waitActiveCell(page, new RegExp(`^Total ${YEAR} Unknown`));
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowLeft');
  await waitActiveCell(page, new RegExp(`^Total ${YEAR} Total`));
}

/** Finds a row with the search box and goes to it, in the column of the active cell. */
async function goToRow(page: Page, name: string): Promise<void> {
  const search = page.getByTestId('entry-add-row');
  await search.fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${name}`) })
    .first()
    .waitFor();
  await search.press('Enter');
  // The active cell is read with its row's header first.
  await page.waitForFunction(`(() => {
    const cell = document.activeElement;
    const ids = (cell && cell.getAttribute('aria-labelledby')) || '';
    const header = document.getElementById(ids.split(' ')[0]);
    return cell.getAttribute('role') === 'gridcell' && header !== null && header.textContent === ${JSON.stringify(name)};
  })()`);
}

async function waitSaved(page: Page): Promise<void> {
  await page.getByTestId('entry-save-state').getByText('All changes saved').waitFor();
}

describe('data entry in the browser', { skip }, () => {
  let app: BrowserApp;
  let correspondent: Page;
  let correspondentContext: BrowserContext;
  let submissionId = '';

  before(async () => {
    app = await startBrowserApp();
    ({ page: correspondent, context: correspondentContext } = await app.newPage({
      width: 1440,
      height: 1000,
      bypassCSP: true,
    }));
  });
  after(async () => {
    await app?.close();
  });

  test('the correspondent types, pastes, sees the issues on their cells, fixes them and keeps the draft across a reload', async () => {
    const page = correspondent;
    await signIn(
      page,
      `${app.url}/workspace/entry/MIG_STOCK_FB/CHL?lang=en`,
      'chl@demo.sicremi.org',
      'demo-chile-2026',
    );
    const grid = page.getByTestId('entry-grid');
    await grid.waitFor();
    await app.screenshot(page, 'entry-grid-opened');

    // The year's totals by sex, typed with the keyboard only.
    await goToYearTotal(page, grid);
    await page.keyboard.type('1,900,000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('950000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('950000');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 2; i += 1) await page.keyboard.press('ArrowLeft');
    // A year over its sexes stays readable when its first column scrolls away under the row
    // headers: the first column in view carries the year.
    const scrolled = (await page.evaluate(`(() => {
      const grid = document.querySelector('[data-testid=entry-grid]');
      const from = grid.scrollLeft;
      const corner = grid.querySelector('.entry-grid__corner').offsetWidth;
      const starts = [...grid.querySelectorAll('[aria-rowindex="1"] [role=columnheader]')]
        .filter((h) => h.textContent && !h.querySelector('.visually-hidden'))
        .sort((a, b) => a.offsetLeft - b.offsetLeft);
      const year = starts[0];
      grid.scrollLeft = year.offsetLeft - corner + 30;
      return { from, year: year.textContent, at: grid.scrollLeft };
    })()`)) as { from: number; year: string; at: number };
    assert.ok(scrolled.at > 0, 'the grid scrolled');
    await page.waitForFunction(`(() => {
      const grid = document.querySelector('[data-testid=entry-grid]');
      const corner = grid.querySelector('.entry-grid__corner').offsetWidth;
      return [...grid.querySelectorAll('[aria-rowindex="1"] [role=columnheader]')].some(
        (h) => h.textContent === '${scrolled.year}' && !h.querySelector('.visually-hidden') &&
          h.offsetLeft - corner >= grid.scrollLeft,
      );
    })()`);
    await page.evaluate(`document.querySelector('[data-testid=entry-grid]').scrollLeft = ${scrolled.from}`);

    // Each origin by sex, pasted from a spreadsheet; a row added for the rest.
    const origins: [string, string][] = [
      ['Venezuela', '700000\t350000\t350000'],
      ['Peru', '250,000\t125,000\t125,000\r\n'],
      ['Other countries', '900000\t450000\t450000'],
    ];
    for (const [name, block] of origins) {
      await goToRow(page, name);
      await paste(page, block);
    }
    await grid.getByRole('rowheader', { name: 'Other countries' }).waitFor();
    await waitSaved(page);

    // 50,000 short: the additivity error sits on the total cell.
    const issues = page.getByTestId('entry-issues');
    const additivity = issues
      .locator('.entry-issue--error')
      .filter({ hasText: /the parts of country of birth add up to 1,850,000, but the total is 1,900,000/ });
    await additivity.waitFor();
    await additivity.getByRole('button').click();
    const total = cell(grid, 'Total', 'Total');
    assert.match((await total.getAttribute('class')) ?? '', /entry-cell--error/);
    assert.match(
      (await total.textContent()) ?? '',
      /Σ 1,850,000/,
      'the live sum of the parts shows on the total',
    );

    // A published figure emptied (2020's total, four columns to the left): it must say why.
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowLeft');
    const published = grid.getByRole('gridcell', { name: /^Total 2020 Total\b/ });
    const original = ((await published.textContent()) ?? '').replace(/Σ.*$/, '').trim();
    assert.match(original, /^\d[\d,]*$/);
    await page.keyboard.press('Delete');
    await waitSaved(page);
    await issues.getByText(/Row Total \(2020, Total\): the value is empty but no status says why/).waitFor();
    assert.match((await published.getAttribute('class')) ?? '', /entry-cell--error/);
    await app.screenshot(page, 'entry-grid-issues');
    const violations = await findSeriousViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

    // The fixes: the figure typed back, and the rest corrected.
    await page.keyboard.type(original);
    await page.keyboard.press('Enter');
    await goToRow(page, 'Other countries');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await paste(page, '950000\t475000\t475000');
    await waitSaved(page);
    await page.getByTestId('entry-error-count').getByText('0 errors').waitFor();

    await page.reload();
    await grid.waitFor();
    await goToYearTotal(page, grid);
    assert.match((await cell(grid, 'Total', 'Total').textContent()) ?? '', /^1,900,000/);
    await goToRow(page, 'Other countries');
    assert.match((await cell(grid, 'Other countries', 'Total').textContent()) ?? '', /^950,000/);
    await page.getByTestId('entry-error-count').getByText('0 errors').waitFor();
    await waitSaved(page);
  });

  test('an edit made offline survives the tab being closed and reaches the server when it answers again', async () => {
    const OFFLINE_NOTE = 'Typed while the connection was down.';
    // From the active cell (Other countries, this year) up to the Total row with the keyboard.
    await correspondent.keyboard.press('Control+ArrowUp');
    assert.equal(await correspondent.evaluate("document.activeElement.getAttribute('role')"), 'gridcell');
    await correspondentContext.setOffline(true);
    await correspondent.keyboard.press('Shift+Enter');
    await correspondent.keyboard.type(OFFLINE_NOTE);
    await correspondent.keyboard.press('Escape');
    await correspondent
      .getByTestId('entry-save-state')
      .getByText(/^Offline: 1 change kept/)
      .waitFor();
    const draftHasNote = async (page: Page) =>
      (await (await page.request.get(`${app.url}/api/entry/MIG_STOCK_FB/CHL`)).text()).includes(OFFLINE_NOTE);
    // The tab is closed before the connection comes back: the edit waits in this browser.
    await correspondent.close();
    await correspondentContext.setOffline(false);
    const reopened = await correspondentContext.newPage();
    assert.equal(await draftHasNote(reopened), false, 'nothing reached the server while offline');
    await reopened.goto(`${app.url}/workspace/entry/MIG_STOCK_FB/CHL?lang=en`);
    await reopened.getByTestId('entry-grid').waitFor();
    await waitSaved(reopened);
    assert.equal(await draftHasNote(reopened), true, 'the kept edit was sent when the server answered');
    correspondent = reopened;
  });

  test('the warnings are explained in the cells’ notes and the draft is submitted as an upload would be', async () => {
    const page = correspondent;
    const issues = page.getByTestId('entry-issues');
    const warnings = issues.locator('.entry-issue--warning').filter({ has: page.getByRole('button') });
    const count = await warnings.count();
    for (let i = 0; i < count; i += 1) {
      await warnings.nth(i).getByRole('button').click();
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type(NOTE);
      await page.keyboard.press('Escape');
      await warnings.nth(i).getByTestId('entry-justified').waitFor();
    }
    await waitSaved(page);
    await app.screenshot(page, 'entry-grid-ready');
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('submission-page').waitFor();
    submissionId = page.url().match(/submissions\/(\d+)/)?.[1] ?? '';
    assert.ok(submissionId, page.url());
    await page.getByRole('heading', { level: 1 }).getByText('Submitted').waitFor();
    await app.screenshot(page, 'entry-submitted');
  });

  test('the reviewer sees the submission as if uploaded: its file and its observations', async () => {
    const { page: reviewer } = await app.newPage({ width: 1440, height: 1000 });
    await signIn(
      reviewer,
      `${app.url}/console/submissions/${submissionId}?lang=en`,
      'reviewer@demo.sicremi.org',
      'demo-reviewer-2026',
    );
    const detail = reviewer.getByTestId('submission-page');
    await detail.getByText(/MIG_STOCK_FB-CHL-data-entry-\d{4}-\d{2}-\d{2}\.csv/).waitFor();
    await reviewer.getByRole('heading', { level: 1 }).getByText('Submitted').waitFor();
    assert.match((await detail.textContent()) ?? '', /Observations\s*12/);
    await app.screenshot(reviewer, 'entry-reviewer-submission');
  });
});
