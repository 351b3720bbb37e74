import { expect, test } from '@playwright/test';
import { agents, clean, enrolWorkstation, isNoJs, msg, signIn } from './support';

test('a workstation is enrolled, then an agent signs in with a PIN', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil e2e');
  await signIn(page, agents.camille);
  const h1 = await page.getByRole('heading', { level: 1 }).textContent();
  expect(clean(h1 ?? '')).toBe('Bonjour, Camille Martin');
  // A counsellor's navigation has the queue but not the indicators nor the settings.
  const nav = page.getByRole('navigation', { name: msg('fr', 'staff-nav-label') });
  await expect(nav.getByRole('link', { name: msg('fr', 'section-queue') })).toBeVisible();
  await expect(nav.getByRole('link', { name: msg('fr', 'section-quality') })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: msg('fr', 'section-admin') })).toHaveCount(0);
});

test('a wrong PIN says how many tries are left', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil e2e');
  await page.getByRole('link', { name: /Karim Haddad/ }).click();
  await page.getByLabel(msg('fr', 'login-pin-label')).fill('0000');
  await page.getByRole('button', { name: msg('fr', 'login-submit') }).click();
  await expect(page.getByRole('alert')).toContainText('Code incorrect');
  await expect(page).toHaveURL(/erreur=pin/);
  // The right PIN afterwards still works and resets the counter.
  await page.getByLabel(msg('fr', 'login-pin-label')).fill(agents.karim.pin);
  await page.getByRole('button', { name: msg('fr', 'login-submit') }).click();
  await expect(page).toHaveURL(/\/agent\/accueil$/);
});

test('"changer de conseiller" leaves nothing of the previous agent', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil e2e');
  await signIn(page, agents.camille);
  await page.getByRole('button', { name: msg('fr', 'staff-switch') }).click();
  await expect(page).toHaveURL(/\/agent$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'login-choose-title'));
  await expect(page.getByText('Bonjour, Camille Martin')).toHaveCount(0);
  // Her pages are closed now, even by typing the address or going back.
  await page.goto('/agent/accueil');
  await expect(page).toHaveURL(/\/agent$/);
  await page.goBack();
  await expect(page.getByText('Bonjour, Camille Martin')).toHaveCount(0);
  // The next agent signs in on the same workstation.
  await signIn(page, agents.karim);
  const h1 = await page.getByRole('heading', { level: 1 }).textContent();
  expect(clean(h1 ?? '')).toBe('Bonjour, Karim Haddad');
});

test('the screen locks itself after five idle minutes', async ({ page }, testInfo) => {
  test.skip(isNoJs(testInfo), 'the browser-side timer needs JavaScript; the server-side lock is covered by the integration tests');
  await page.clock.install();
  await enrolWorkstation(page, 'Accueil e2e');
  await signIn(page, agents.camille);
  await page.waitForLoadState('networkidle');
  await page.clock.fastForward('05:10');
  await expect(page).toHaveURL(/\/agent\?verrouille=1$/);
  await expect(page.getByRole('status')).toHaveText(msg('fr', 'login-locked-notice'));
  await page.goto('/agent/accueil');
  await expect(page).toHaveURL(/\/agent(\?verrouille=1)?$/);
});

test('roles: a counsellor cannot open the settings, an administrator enrols a workstation', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil e2e');
  await signIn(page, agents.camille);
  const res = await page.goto('/agent/admin/postes');
  expect(res?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'error-forbidden'));

  await page.goto('/agent');
  await enrolWorkstation(page, 'Accueil admin');
  await signIn(page, agents.julien);
  await page.goto('/agent/admin/postes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'devices-title'));
  await page.getByLabel(msg('fr', 'devices-name-label')).fill('Accueil 2');
  await page.getByRole('button', { name: msg('fr', 'devices-create') }).click();
  await expect(page.getByRole('status')).toContainText(msg('fr', 'devices-code-intro'));
  const code = (await page.getByRole('status').locator('p').nth(1).textContent())?.trim() ?? '';
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(page.getByRole('cell', { name: 'Accueil 2' })).toBeVisible();
});
