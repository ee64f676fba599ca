// Two-factor sign-in in the browser, with SICREMI_REQUIRE_2FA=true: the demo reviewer signs in
// with its password, is shown the enrolment first (QR code and key), confirms with a code the
// test computes from the key (RFC 6238, as the phone would), receives its recovery codes and
// reaches the console; a later sign-in asks for the code after the password.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { computeTotpCode } from '../../src/workflow/two-factor/totp.js';
import { findSeriousViolations } from './support/axe-check.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();
const EMAIL = 'reviewer@demo.sicremi.org';
const PASSWORD = 'demo-reviewer-2026';

describe('two-factor sign-in in the browser', { skip }, () => {
  let app: BrowserApp;
  let secret = '';
  before(async () => {
    app = await startBrowserApp({ env: { SICREMI_REQUIRE_2FA: 'true' } });
  });
  after(async () => {
    await app?.close();
  });

  test('a reviewer who must enrol scans the QR code, confirms a code and gets recovery codes', async () => {
    const { page, context } = await app.newPage({ bypassCSP: true });
    await page.goto(`${app.url}/console?lang=en`);
    await page.locator('#sign-in-email').fill(EMAIL);
    await page.locator('#sign-in-password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const qr = page.getByRole('img', { name: `QR code of the two-factor key for ${EMAIL}` });
    await qr.waitFor();
    assert.ok(((await qr.getAttribute('src')) ?? '').startsWith('data:image/svg+xml'));
    secret = ((await page.getByTestId('two-factor-secret').textContent()) ?? '').trim();
    assert.match(secret, /^[A-Z2-7]{16,}$/);
    const violations = await findSeriousViolations(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    await page.locator('#two-factor-code').fill(await computeTotpCode(secret));
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    await codes.first().waitFor();
    assert.equal(await codes.count(), 10);
    await app.screenshot(page, 'two-factor-recovery-codes');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    assert.match((await page.getByTestId('signed-in-as').textContent()) ?? '', /reviewer@demo\.sicremi\.org/);
    await context.close();
  });

  test('signing in again asks for the code after the password', async () => {
    assert.ok(secret, 'the enrolment test ran first');
    const { page, context } = await app.newPage();
    await page.goto(`${app.url}/console?lang=en`);
    await page.locator('#sign-in-email').fill(EMAIL);
    await page.locator('#sign-in-password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.locator('#sign-in-code');
    await code.waitFor();
    // The enrolment spent this step's code; the next step's code is within the drift allowed.
    await code.fill(await computeTotpCode(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    assert.match((await page.getByTestId('signed-in-as').textContent()) ?? '', /reviewer@demo\.sicremi\.org/);
    await context.close();
  });
});
