import { test } from '@playwright/test';
import { agents, enrolWorkstation, expectAccessible, msg, signIn } from './support';

for (const path of ['/', '/?lang=ar', '/?lang=fa', '/?lang=zh', '/?lang=uk', '/rendez-vous', '/file', '/nexiste-pas', '/agent', '/agent/poste']) {
  test(`no axe violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page);
  });
}

test('no axe violation on the language picker opened', async ({ page }) => {
  await page.goto('/');
  await page.getByText(msg('fr', 'language-picker-label'), { exact: true }).click();
  await expectAccessible(page);
});

test('no axe violation on the staff screens', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil a11y');
  await expectAccessible(page); // agent chooser
  await page.getByRole('link', { name: /Julien Moreau/ }).click();
  await expectAccessible(page); // PIN form
  await page.getByLabel(msg('fr', 'login-pin-label')).fill('0000');
  await page.getByRole('button', { name: msg('fr', 'login-submit') }).click();
  await expectAccessible(page); // PIN form with its error
  await signIn(page, agents.julien);
  await expectAccessible(page); // staff home
  await page.goto('/agent/admin/postes');
  await expectAccessible(page);
  await page.goto('/agent/pilotage');
  await expectAccessible(page);
});
