// Kiosks and waiting-room screens are enrolled devices of one site, with JavaScript on and
// off: an administrator makes a screen for the town hall on the devices page, its one-time
// code is typed on the screen's own page, which then shows the waiting room; once revoked,
// the screen shows the enrolment prompt again (by itself with JavaScript: its stream is
// refused and the page reloads; without, at its next load).

import { expect } from '@playwright/test';
import { loose, t } from './i18n';
import { agents, ENROLMENT_CODE, enrolWorkstation, isNoJs, signIn, test } from './support';

const SITE = 'hotel-de-ville';

test('a screen made on the devices page is enrolled with its code, then revoked', async ({ browser, page }, testInfo) => {
  test.setTimeout(90_000);
  const js = !isNoJs(testInfo);
  const name = `Écran salle ${testInfo.project.name}`;

  await enrolWorkstation(page, `Accueil appareils ${testInfo.project.name}`);
  await signIn(page, agents.julien);
  await page.goto('/agent/admin/postes');
  await page.getByLabel(t('fr', 'devices-kind-label'), { exact: true }).selectOption('ecran');
  await page.getByLabel(t('fr', 'devices-site-label'), { exact: true }).selectOption(SITE);
  await page.getByLabel(t('fr', 'devices-site-device-name-label')).fill(name);
  await page.getByRole('button', { name: t('fr', 'devices-create-site-device') }).click();
  const shown = page.getByRole('status').getByText(ENROLMENT_CODE);
  await expect(shown).toBeVisible();
  const code = (await shown.textContent())!.trim();
  const row = page.getByRole('row', { name: loose(name, { exact: false }) });
  await expect(row).toContainText(loose(t('fr', 'devices-kind-screen'), { exact: false }));

  // The screen, in its own browser: the prompt, then the waiting room.
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'fr-FR',
    javaScriptEnabled: js,
  });
  const screen = await context.newPage();
  await screen.goto(`/ecran/${SITE}?lang=fr`);
  await expect(screen.getByRole('heading', { name: t('fr', 'queue-screen-calls') })).toHaveCount(0);
  await screen.getByLabel(t('fr', 'devices-enrol-code-label')).fill(code);
  await screen.getByRole('button', { name: t('fr', 'devices-enrol-submit') }).click();
  await expect(screen).toHaveURL(new RegExp(`/ecran/${SITE}$`));
  await expect(screen.getByRole('heading', { name: t('fr', 'queue-screen-calls') })).toBeVisible();
  await page.reload();
  await expect(row).toContainText(loose(t('fr', 'devices-status-enrolled'), { exact: false }));

  // Revoked: the screen stops showing the waiting room.
  await row.getByRole('button', { name: loose(t('fr', 'devices-revoke', { name })) }).click();
  await expect(row).toContainText(loose(t('fr', 'devices-status-revoked'), { exact: false }));
  const prompt = screen.getByRole('heading', { name: loose(t('fr', 'devices-enrol-screen-title'), { exact: false }) });
  if (js) {
    // Stream ended within ~2 s, refused on reconnection (~2 s), page reloaded (~3 s).
    await expect(prompt).toBeVisible({ timeout: 30_000 });
  } else {
    await screen.reload();
    await expect(prompt).toBeVisible();
  }
  await context.close();
});
