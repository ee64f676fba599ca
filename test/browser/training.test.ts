// Training in the browser (issue 8): a new correspondent opens the course in Spanish, does the
// totals exercise — the first check shows the known mistake on its row, the corrected grid
// passes — and the OAS coordinator sees the exercise completed in the console.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { findSeriousViolations } from './support/axe-check.js';
import { type BrowserApp, browserSkipReason, startBrowserApp } from './support/browser-app.js';

const skip = browserSkipReason();

async function signIn(page: Page, url: string, email: string, password: string, button: string) {
  await page.goto(url);
  await page.locator('#sign-in-email').fill(email);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByTestId('signed-in-as').waitFor();
}

describe('training course in the browser', { skip }, () => {
  let app: BrowserApp;
  let learner: Page;
  let coordinator: Page;

  before(async () => {
    app = await startBrowserApp();
    ({ page: learner } = await app.newPage({ bypassCSP: true }));
    ({ page: coordinator } = await app.newPage({ bypassCSP: true }));
  });
  after(async () => {
    await app?.close();
  });

  test('a learner opens the course in Spanish from the knowledge space', async () => {
    await signIn(
      learner,
      `${app.url}/workspace?lang=es`,
      'arg@demo.sicremi.org',
      'demo-argentina-2026',
      'Iniciar sesión',
    );
    await learner.goto(`${app.url}/knowledge?lang=es`);
    await learner.getByRole('link', { name: /Curso de capacitación para nuevos corresponsales/ }).click();
    await learner
      .getByRole('heading', { level: 1, name: 'Curso de capacitación para corresponsales nacionales' })
      .waitFor();
    assert.equal(await learner.locator('html').getAttribute('lang'), 'es');
    const lessons = learner.getByTestId('lesson-list').locator('li');
    assert.equal(await lessons.count(), 5);
    assert.match(
      (await learner.getByTestId('training-summary').textContent()) ?? '',
      /0 de 4 ejercicios completados/,
    );
    await app.screenshot(learner, 'training-course-es');
    const violations = await findSeriousViolations(learner);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });

  test('the first check shows the known mistake; the corrected grid completes the exercise', async () => {
    await learner.getByRole('link', { name: 'Totales que cuadran' }).click();
    await learner.getByRole('heading', { level: 1, name: '4. Totales que cuadran' }).waitFor();
    const panel = learner.getByTestId('exercise-panel');
    await panel.getByTestId('exercise-grid').waitFor();
    await panel.getByRole('button', { name: 'Verificar mi respuesta' }).click();
    const verdict = panel.getByTestId('exercise-verdict');
    await verdict.waitFor();
    assert.match((await verdict.textContent()) ?? '', /Todavía no: 1 error/);
    const report = panel.getByTestId('validation-report');
    assert.match((await report.textContent()) ?? '', /ADDITIVITY/);
    assert.equal(await panel.locator('tr.has-issue').count(), 1);
    await app.screenshot(learner, 'training-exercise-failed-es');
    const violations = await findSeriousViolations(learner);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));

    const men = panel.getByRole('textbox', { name: 'Fila 4, OBS_VALUE' });
    assert.equal(await men.inputValue(), '29000');
    await men.fill('30000');
    await panel.getByRole('button', { name: 'Verificar mi respuesta' }).click();
    await panel.getByText('Muy bien: este ejercicio está completado.').waitFor();
    await panel.getByText('Completado', { exact: true }).waitFor();
    await app.screenshot(learner, 'training-exercise-passed-es');
  });

  test('the coordinator sees the exercise completed in the console', async () => {
    await signIn(
      coordinator,
      `${app.url}/console/training?lang=en`,
      'admin@demo.sicremi.org',
      'demo-admin-2026',
      'Sign in',
    );
    const table = coordinator.getByTestId('training-progress');
    const row = table.locator('tr[data-learner="arg@demo.sicremi.org"]');
    await row.waitFor();
    const cell = row.locator('td[data-exercise="totals"]');
    assert.equal(await cell.getAttribute('data-status'), 'completed');
    assert.match((await cell.textContent()) ?? '', /Completed/);
    assert.match((await cell.textContent()) ?? '', /2 attempts/);
    assert.match((await row.textContent()) ?? '', /1 \/ 4/);
    await app.screenshot(coordinator, 'training-console-progress');
    const violations = await findSeriousViolations(coordinator);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });
});
