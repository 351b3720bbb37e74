import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loose, t } from './i18n';
import { agents, checkA11y, enrolWorkstation, signIn, test } from './support';

// A person's rights (GDPR), exercised for them by an administrator: the copy of their data
// as a file, then its erasure after the confirmation box, with the keyboard.
test('an administrator gives a resident their data, then erases it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const email = `ines-${testInfo.project.name}-${Date.now()}@example.org`;
  await page.goto('/demande');
  await page.getByLabel(t('fr', 'requests-kind')).selectOption({ label: t('fr', 'request-kind-information') });
  await page.getByLabel(t('fr', 'requests-subject')).fill('Inscription sur les listes électorales');
  await page.getByLabel(t('fr', 'requests-message')).fill('Bonjour, je viens d\'emménager rue des Lilas.');
  await page.getByLabel(t('fr', 'requests-name')).fill('Inès Fontaine');
  await page.getByLabel(t('fr', 'requests-email')).fill(email);
  await page.getByRole('button', { name: t('fr', 'request-form-send') }).click();
  await expect(page).toHaveURL(/\/suivi\?reference=D-\d{4}-\d{5}/);
  const reference = new URL(page.url()).searchParams.get('reference')!;

  await page.goto('/?lang=fr');
  await enrolWorkstation(page, 'Droits e2e');
  await signIn(page, agents.julien);
  await page.goto(`/agent/usagers?q=${encodeURIComponent(email)}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Inès Fontaine' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: t('fr', 'residents-rights') })).toBeVisible();
  await checkA11y(page, '/agent/usagers (an administrator, with the rights section)');

  // The copy: a JSON file with her request and what she wrote.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: t('fr', 'residents-export') }).click();
  const file = await (await download).path();
  const data = JSON.parse(readFileSync(file, 'utf8'));
  expect(data.emails).toEqual([email]);
  expect(data.requests[0].reference).toBe(reference);
  expect(data.requests[0].description).toContain('rue des Lilas');

  // The erasure: the box first (with the keyboard), then the button.
  const confirm = page.getByLabel(loose(t('fr', 'residents-erase-confirm')));
  await confirm.focus();
  await page.keyboard.press('Space');
  await expect(confirm).toBeChecked();
  await page.getByRole('button', { name: t('fr', 'residents-erase') }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/efface=\d+/);
  await expect(page.getByRole('status').first()).toBeVisible();
  await expect(page.getByText(t('fr', 'residents-none'))).toBeVisible();
  await expect(page.getByText('Inès Fontaine')).toHaveCount(0);
  await checkA11y(page, '/agent/usagers?…&efface=…');

  // Her request is still there for the town's count, without her.
  await page.goto(`/agent/demandes/${reference}`);
  await expect(page.getByText('Inès Fontaine')).toHaveCount(0);
  await expect(page.getByText(email)).toHaveCount(0);
});
