// Reference metadata on sources in a real browser (issue 20): the correspondent fills the form in
// the workspace, the reviewer sees it beside the submission, and once the data are published the
// country page shows it under "Sources and comparability".
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { stageDraft } from '../support/stage-draft.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();
const INSTITUTION = 'Instituto Nacional de Estadísticas (INE), synthetic test entry';

async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A signed-in API client from Node (cookie session and CSRF token). */
async function apiAs(base: string, email: string, password: string) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (path: string, body: unknown = {}) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.equal(response.status, 200, `${path}: ${await response.text()}`);
  };
}

describe('reference metadata on sources in the browser', { skip }, () => {
  let app: BrowserApp;

  before(async () => {
    app = await startBrowserApp();
  });
  after(async () => {
    await app?.close();
  });

  test('written in the workspace, read by the reviewer, shown on the country page once published', async () => {
    const { page: correspondent } = await app.newPage();
    await signIn(
      correspondent,
      `${app.url}/workspace/metadata?country=CHL&table=MIG_STOCK_FB&lang=en`,
      'chl@demo.sicremi.org',
      'demo-chile-2026',
    );
    const id = (name: string) => `#metadata-CHL-MIG_STOCK_FB-${name}`;
    await correspondent.locator(id('edition')).fill('Censo 2017');
    await correspondent.locator(id('institution')).fill(INSTITUTION);
    await correspondent.locator(id('sourceName')).fill('Censo de Población y Vivienda 2017');
    await correspondent.locator(id('coverageNotes')).fill('Persons present on census night.');
    await correspondent.getByRole('button', { name: 'Add a break' }).click();
    await correspondent.locator(id('break-date-0')).fill('2017');
    await correspondent.locator(id('break-description-0')).fill('De jure count replaces de facto.');
    await correspondent.getByTestId('metadata-save').click();
    await correspondent.getByRole('status').getByText(/Saved/).waitFor();
    await app.screenshot(correspondent, 'workspace-source-metadata');

    const submission = await stageDraft(app.server.store, {
      table: 'MIG_STOCK_FB',
      country: 'CHL',
      cells: [[{ COUNTRY_OF_BIRTH: 'PER', SEX: '_T', AGE: '_T', TIME_PERIOD: '2017' }, 187_756]],
    });
    await (await apiAs(app.url, 'chl@demo.sicremi.org', 'demo-chile-2026'))(
      `/api/submissions/${submission}/submit`,
    );

    const { page: reviewer } = await app.newPage();
    await signIn(
      reviewer,
      `${app.url}/console/submissions/${submission}?lang=en`,
      'reviewer@demo.sicremi.org',
      'demo-reviewer-2026',
    );
    const panel = reviewer.getByTestId('source-metadata-panel');
    await panel.getByText('Censo 2017 — Draft').click();
    await panel.getByText(INSTITUTION).waitFor();

    const asReviewer = await apiAs(app.url, 'reviewer@demo.sicremi.org', 'demo-reviewer-2026');
    await asReviewer(`/api/submissions/${submission}/accept`);
    await asReviewer(`/api/submissions/${submission}/publish`);

    const { page: visitor } = await app.newPage();
    await visitor.goto(`${app.url}/countries/CHL?lang=en`);
    const section = visitor.getByTestId('sources-comparability');
    await section.getByText(INSTITUTION).waitFor();
    const text = (await section.textContent()) ?? '';
    assert.match(text, /Sources and comparability/);
    assert.match(text, /country of birth/);
    assert.match(text, /De jure count replaces de facto\./);
    assert.match(
      (await visitor.getByTestId('feed-links').textContent()) ?? '',
      /Releases of Chile \(Atom feed\)/,
    );
    await app.screenshot(visitor, 'country-sources-comparability');
  });
});
