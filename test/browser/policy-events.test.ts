// Policy developments in the browser (issue 21): Chile's correspondent reports a border closure
// and submits it; the reviewer returns it with a comment; the correspondent corrects the title
// and resubmits; the reviewer accepts and publishes. The event then marks Chile's charts in the
// explorer and on the profile, appears in the country note (HTML and PDF text) and in
// /api/policy-events — while a draft reported beside it appears in none of the public outputs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { extractPdfText, pdfTextSkip } from '../support/pdf-text.js';
import { findSeriousViolations } from './support/axe-check.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();
const FIRST_TITLE = 'Chile closes its land borders';
const TITLE = 'Chile closes its land, sea and air borders (Decree 102)';
const DRAFT = 'Draft measure that is never published';

async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function reportEvent(page: Page, title: string): Promise<string> {
  await page.getByTestId('policy-add').click();
  const form = page.getByTestId('policy-new-form');
  await form.locator('#policy-new-type').selectOption('BORDER_MEASURE');
  await form.locator('#policy-new-date').fill('2020-03-18');
  await form.locator('#policy-new-title').fill(title);
  await form
    .locator('#policy-new-summary')
    .fill('Chile closes its borders to non-resident foreign nationals during the health emergency.');
  await form.locator('#policy-new-lang').selectOption('en');
  await form.getByRole('checkbox', { name: 'Foreign-born population', exact: true }).check();
  await form.locator('#policy-new-publisher').fill('Government of Chile');
  await form.locator('#policy-new-source-title').fill('Supreme Decree 102 of 2020');
  await form.locator('#policy-new-source-date').fill('2020-03-16');
  await form.getByTestId('policy-save').click();
  await page.getByTestId('policy-event-page').getByRole('heading', { level: 1 }).getByText(title).waitFor();
  return page.url();
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('policy developments in the browser', { skip }, () => {
  let app: BrowserApp;
  let correspondent: Page;
  let reviewer: Page;
  let eventUrl = '';
  let draftId = '';
  const pdfSkip = pdfTextSkip();

  before(async () => {
    app = await startBrowserApp();
    // Their contexts bypass CSP so that axe can be injected for the accessibility checks.
    ({ page: correspondent } = await app.newPage({ bypassCSP: true }));
    ({ page: reviewer } = await app.newPage({ bypassCSP: true }));
  });
  after(async () => {
    await app?.close();
  });

  test('the correspondent reports a policy development and submits it; a second one stays a draft', async () => {
    await signIn(correspondent, `${app.url}/workspace?lang=en`, 'chl@demo.sicremi.org', 'demo-chile-2026');
    await correspondent.getByTestId('policy-events-panel').waitFor();
    eventUrl = await reportEvent(correspondent, FIRST_TITLE);
    await correspondent.getByTestId('policy-action-submit').click();
    await correspondent.getByRole('heading', { level: 1 }).getByText('Submitted').waitFor();
    await app.screenshot(correspondent, 'policy-submitted');
    const violations = await findSeriousViolations(correspondent);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

    await correspondent.goto(`${app.url}/workspace?lang=en`);
    const draftUrl = await reportEvent(correspondent, DRAFT);
    draftId = draftUrl.match(/policy\/(\d+)/)?.[1] ?? '';
    assert.ok(draftId);
  });

  test('the reviewer returns it with a comment; the correspondent corrects it and resubmits', async () => {
    await signIn(
      reviewer,
      `${app.url}/console/policy?lang=en`,
      'reviewer@demo.sicremi.org',
      'demo-reviewer-2026',
    );
    await reviewer.getByTestId('policy-events').getByRole('link', { name: FIRST_TITLE }).click();
    await reviewer
      .getByTestId('policy-comments')
      .locator('#policy-comment-text')
      .fill('Name the decree in the title.');
    await reviewer.getByTestId('policy-comments').getByRole('button', { name: 'Send' }).click();
    await reviewer.getByTestId('policy-comments').getByText('Name the decree in the title.').waitFor();
    await reviewer.locator('#policy-action-message').fill('Returned: see the comment.');
    await reviewer.getByTestId('policy-action-return').click();
    await reviewer.getByRole('heading', { level: 1 }).getByText('Returned').waitFor();

    await correspondent.goto(eventUrl);
    await correspondent.getByText('Name the decree in the title.').waitFor();
    await correspondent.getByText('Returned: see the comment.').waitFor();
    const form = correspondent.getByTestId('policy-edit-form');
    await form.getByLabel('Title', { exact: true }).fill(TITLE);
    await form.getByTestId('policy-save').click();
    await correspondent.getByRole('heading', { level: 1 }).getByText(TITLE).waitFor();
    await correspondent.getByTestId('policy-action-submit').click();
    await correspondent.getByRole('heading', { level: 1 }).getByText('Submitted').waitFor();
  });

  test('the reviewer accepts and publishes it', async () => {
    await reviewer.reload();
    await reviewer.getByTestId('policy-action-accept').click();
    await reviewer.getByRole('heading', { level: 1 }).getByText('Accepted').waitFor();
    await reviewer.getByTestId('policy-action-publish').click();
    await reviewer.getByRole('heading', { level: 1 }).getByText('Published').waitFor();
    await app.screenshot(reviewer, 'policy-published');
    const violations = await findSeriousViolations(reviewer);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });

  test('the event marks Chile’s chart in the explorer and on the profile; the draft does not', async () => {
    const { context, page: visitor } = await app.newPage();
    try {
      await visitor.goto(
        `${app.url}/explore?table=MIG_STOCK_FB&REF_AREA=CHL&COUNTRY_OF_BIRTH=_T&SEX=_T&AGE=_T&view=chart&lang=en`,
      );
      await visitor.locator('[data-testid="explore-chart"][data-ready="true"]').waitFor();
      const marker = visitor.getByTestId('chart-annotation').filter({ hasText: TITLE });
      await marker.waitFor();
      assert.equal(
        await marker.getAttribute('data-on-chart'),
        'true',
        'the marker stands on the 2020 column',
      );
      await marker.locator('summary').click();
      await marker.getByText('Supreme Decree 102 of 2020', { exact: false }).waitFor();
      assert.equal(await visitor.getByText(DRAFT).count(), 0);
      await app.screenshot(visitor, 'policy-explorer-marker');

      await visitor.goto(`${app.url}/countries/CHL?lang=en`);
      const card = visitor.getByTestId('key-stock');
      await card.getByTestId('chart-annotation').filter({ hasText: TITLE }).waitFor();
      await visitor.getByTestId('policy-developments').getByText(TITLE).waitFor();
      assert.equal(await visitor.getByText(DRAFT).count(), 0);
      await app.screenshot(visitor, 'policy-profile');
    } finally {
      await context.close();
    }
  });

  test('the country note (HTML and PDF) and /api/policy-events show it; the draft is in no public output', async () => {
    const get = (path: string) => fetch(`${app.url}${path}`);
    const html = flat(await (await get('/api/reports/country/CHL?lang=en')).text());
    assert.match(html, /Policy developments/);
    assert.ok(html.includes(TITLE), 'the title is in the HTML note');
    assert.ok(!html.includes(DRAFT));
    if (!pdfSkip) {
      const pdf = Buffer.from(await (await get('/api/reports/country/CHL/pdf?lang=en')).arrayBuffer());
      const text = flat(extractPdfText(pdf));
      assert.ok(text.includes('Policy developments'), 'the PDF has the section');
      assert.ok(text.includes('Chile closes its land, sea and air borders'), 'the PDF names the event');
      assert.ok(!text.includes(DRAFT));
    }
    const api = (await (await get('/api/policy-events?country=CHL&lang=en')).json()) as {
      events: { title: string }[];
    };
    const titles = api.events.map((e) => e.title);
    assert.ok(titles.includes(TITLE));
    assert.ok(!titles.includes(DRAFT));
    assert.equal((await get(`/api/policy-events/${draftId}`)).status, 404);
    const region = await (await get('/api/reports/region/document?lang=en')).text();
    assert.ok(region.includes(TITLE) && !region.includes(DRAFT));
  });
});
