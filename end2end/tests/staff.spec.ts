import { expect } from '@playwright/test';
import { loose, t } from './i18n';
import { agents, choose, ENROLMENT_CODE, enrolWorkstation, isNoJs, signIn, test } from './support';

/** /agent, with or without a query (?verrouille=1 …). */
const LOGIN_URL = /\/agent(\?[^/]*)?$/;

test('a workstation is enrolled, then a counsellor signs in with her PIN', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil e2e');
  await signIn(page, agents.camille);
  await expect(page).toHaveURL(/\/agent\/accueil$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose('Bonjour, Camille Martin'));
});

test('a wrong PIN is refused with a clear message', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil e2e');
  await choose(page, agents.karim);
  await page.getByLabel(t('fr', 'login-pin-label')).fill('0000');
  await page.getByRole('button', { name: t('fr', 'login-submit') }).click();
  await expect(page.getByRole('alert')).toContainText(loose('Code incorrect', { exact: false }));
  await expect(page).not.toHaveURL(/\/agent\/accueil/);
  // The right PIN still works afterwards.
  await page.getByLabel(t('fr', 'login-pin-label')).fill(agents.karim.pin);
  await page.getByRole('button', { name: t('fr', 'login-submit') }).click();
  await expect(page).toHaveURL(/\/agent\/accueil$/);
});

test('"Changer de conseiller" leaves nothing of the previous counsellor', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil e2e');
  await signIn(page, agents.camille);
  await page.getByRole('button', { name: t('fr', 'staff-switch') }).click();
  await expect(page).toHaveURL(LOGIN_URL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'login-choose-title')));
  await expect(page.getByText(loose('Bonjour, Camille Martin', { exact: false }))).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toMatch(loose('Bonjour, Camille Martin', { exact: false }));
  // Her pages are closed, even by typing their address.
  await page.goto('/agent/accueil');
  await expect(page).toHaveURL(LOGIN_URL);
  await expect(page.getByText(loose('Bonjour, Camille Martin', { exact: false }))).toHaveCount(0);
});

test('the workstation locks itself after five idle minutes', async ({ page }, testInfo) => {
  test.skip(
    isNoJs(testInfo),
    'the inactivity timer runs in the browser; without JavaScript the server ends the idle session on the next request',
  );
  await page.clock.install(); // before any page loads, so the app's timers use this clock
  await enrolWorkstation(page, 'Accueil e2e');
  await signIn(page, agents.camille);
  // Jump past the default five minutes (GUICHET_INACTIVITY_TIMEOUT=300); jump again if
  // the first jump came before hydration had started the timer.
  await expect(async () => {
    await page.clock.fastForward('05:10');
    await expect(page).toHaveURL(/\/agent\?verrouille=1$/, { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText(loose(t('fr', 'login-locked-notice')))).toBeVisible();
  await page.goto('/agent/accueil');
  await expect(page).toHaveURL(LOGIN_URL);
});

test('a counsellor cannot open the administration', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil e2e');
  await signIn(page, agents.camille);
  const res = await page.goto('/agent/admin/postes');
  expect(res?.status()).toBe(403);
  await expect(page.getByText(loose(t('fr', 'error-forbidden')))).toBeVisible();
  await expect(page.getByRole('heading', { name: loose(t('fr', 'devices-title')) })).toHaveCount(0);
});

test('an administrator creates a workstation and gets its one-time code', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil e2e');
  await signIn(page, agents.julien);
  await page.goto('/agent/admin/postes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'devices-title')));
  await page.getByLabel(t('fr', 'devices-name-label')).fill('Accueil 2');
  await page.getByRole('button', { name: t('fr', 'devices-create') }).click();
  await expect(page.getByRole('status').getByText(ENROLMENT_CODE)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Accueil 2', exact: true }).first()).toBeVisible();
});
