// Embeds in a real browser (issue 20): the explorer's "Embed" gives an <iframe> snippet; pasted
// into a page of another origin, the chart renders inside the frame with its title, source,
// citation and link back. Other pages of the portal stay unframeable (frame-ancestors 'none').
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { findSeriousViolations } from './support/axe-check.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();

/** A page of another origin (another port) holding the given HTML. */
async function startOtherSite(html: () => string): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

async function frameAt(page: Page, path: string): Promise<Frame> {
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes(path));
    if (frame) return frame;
    await page.waitForEvent('framenavigated');
  }
}

describe('embeds in the browser', { skip }, () => {
  let app: BrowserApp;
  let page: Page;
  let other: { server: Server; url: string };
  let hostPage = '';

  before(async () => {
    app = await startBrowserApp();
    ({ page } = await app.newPage());
    other = await startOtherSite(() => hostPage);
  });
  after(async () => {
    other?.server.close();
    await app?.close();
  });

  test("the explorer's Embed gives a snippet; another site's page shows the chart in its frame", async () => {
    await page.goto(
      `${app.url}/explore?table=MIG_STOCK_FB&REF_AREA=CHL,ARG&COUNTRY_OF_BIRTH=_T&SEX=_T&AGE=_T&rows=REF_AREA&cols=TIME_PERIOD&view=chart&lang=es`,
    );
    await page.getByTestId('embed-button').click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    assert.match(snippet, /^<iframe src="http:\/\/localhost:\d+\/embed\/explore\?table=MIG_STOCK_FB&amp;/);
    assert.match(snippet, /view=chart/);

    hostPage = `<!doctype html><html lang="en"><head><title>A newspaper</title></head><body><h1>Our story</h1>${snippet}</body></html>`;
    const embed = await app.newPage({ width: 800, height: 900 });
    await embed.page.goto(other.url);
    const frame = await frameAt(embed.page, '/embed/explore');
    await frame.locator('[data-testid=embed-chart][data-ready=true]').waitFor();
    const title = await frame.locator('.embed__title').textContent();
    assert.match(title ?? '', /nacid/i);
    assert.match((await frame.getByTestId('embed-source').textContent()) ?? '', /SICREMI/);
    assert.match(
      (await frame.getByTestId('embed-citation').textContent()) ?? '',
      /Organization of American States/,
    );
    assert.match(
      (await frame.getByTestId('embed-link').getAttribute('href')) ?? '',
      /\/explore\?table=MIG_STOCK_FB/,
    );
    // The portal's chrome is not in the frame.
    assert.equal(await frame.locator('header, nav').count(), 0);
    const box = await frame.locator('canvas').first().boundingBox();
    assert.ok(box && box.width > 300 && box.height > 150, `the chart is drawn (${JSON.stringify(box)})`);
    await app.screenshot(embed.page, 'embed-explore-in-other-site');
    await embed.context.close();
  });

  test('an indicator embeds the same way; the rest of the portal refuses to be framed', async () => {
    const { page: indicator, context } = await app.newPage();
    await indicator.goto(`${app.url}/indicators/FB_SHARE?lang=en`);
    await indicator.getByTestId('embed-button').click();
    const snippet = await indicator.getByTestId('embed-snippet').inputValue();
    assert.match(snippet, /\/embed\/indicator\?.*id=FB_SHARE/);
    const explore = `${app.url}/explore?table=MIG_STOCK_FB&lang=en`;
    hostPage = `<!doctype html><html><head><title>x</title></head><body>${snippet}<iframe src="${explore}" title="portal"></iframe></body></html>`;
    await indicator.goto(other.url);
    const frame = await frameAt(indicator, '/embed/indicator');
    await frame.locator('[data-testid=indicator-ranking][data-ready=true]').waitFor();
    assert.match((await frame.locator('.embed__title').textContent()) ?? '', /Foreign-born|foreign-born/i);
    // The explorer itself is blocked by its frame-ancestors policy: its frame never shows it.
    const portal = indicator
      .frames()
      .find((f) => f !== indicator.mainFrame() && !f.url().includes('/embed/'));
    assert.ok(portal);
    assert.equal(await portal.locator('[data-testid=explorer]').count(), 0);
    await context.close();
  });

  test('a table page lists its bulk files, once the server has generated them, without serious axe violations', async () => {
    const { page: tablePage, context } = await app.newPage({ bypassCSP: true });
    // The server's background runner generates the demo's bulk files after it starts.
    for (;;) {
      await tablePage.goto(`${app.url}/tables/MIG_STOCK_FB?lang=fr`);
      await tablePage.getByTestId('bulk-files').waitFor();
      if ((await tablePage.getByTestId('bulk-files').locator('li').count()) === 2) break;
      await tablePage.waitForTimeout(250);
    }
    const text = (await tablePage.getByTestId('bulk-files').textContent()) ?? '';
    assert.match(text, /MIG_STOCK_FB\.csv\.gz/);
    assert.match(text, /SHA-256/);
    const href = await tablePage.getByRole('link', { name: 'MIG_STOCK_FB.csv.gz' }).getAttribute('href');
    const file = await fetch(`${app.url}${href}`);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/gzip');
    assert.deepEqual(await findSeriousViolations(tablePage), []);
    await app.screenshot(tablePage, 'table-page-fr');
    await context.close();
  });
});
