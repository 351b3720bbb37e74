import { expect, type Page } from '@playwright/test';
import { clean, loose, t } from './i18n';
import { agents, checkA11y, enrolWorkstation, mailTo, signIn, test } from './support';

/** The reference and check code of the follow-up page the browser is on. */
function heldCodes(page: Page): { reference: string; code: string } {
  const url = new URL(page.url());
  return { reference: url.searchParams.get('reference')!, code: url.searchParams.get('code')! };
}

test('a resident writes to the town hall, follows it in Arabic, and reads the answer', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const email = `yasmine-${testInfo.project.name}-${Date.now()}@example.org`;
  // The public form: refused without a subject (the browser's own check is bypassed to
  // reach the server's), then sent.
  await page.goto('/demande');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'request-form-title')));
  await checkA11y(page, '/demande');
  await page.getByLabel(t('fr', 'requests-kind')).selectOption({ label: t('fr', 'request-kind-information') });
  await page.getByLabel(t('fr', 'requests-subject')).fill('Copie intégrale d\'acte de naissance');
  await page.getByLabel(t('fr', 'requests-message')).fill('Bonjour, il me faut une copie pour mon dossier de mariage.');
  await page.getByLabel(t('fr', 'requests-name')).fill('Yasmine Haddad');
  await page.getByLabel(t('fr', 'requests-email')).fill(email);
  await page.getByRole('button', { name: t('fr', 'request-form-send') }).click();

  // The follow-up page at once, with the reference and code to keep.
  await expect(page).toHaveURL(/\/suivi\?reference=D-\d{4}-\d{5}&code=[A-Z2-9]{8}/);
  await expect(page.getByText(t('fr', 'follow-registered'))).toBeVisible();
  const { reference, code } = heldCodes(page);
  await expect(page.getByText(reference).first()).toBeVisible();
  await checkA11y(page, '/suivi (registered)');
  // The acknowledgement of receipt arrives by e-mail (over SMTP, in the sink) with the
  // legal mentions and the code.
  await expect.poll(() => mailTo(email), { timeout: 15_000 }).toContain(reference);
  const mail = clean(mailTo(email));
  expect(mail).toContain('R421-2');
  expect(mail).toContain(`${code.slice(0, 4)}-${code.slice(4)}`);

  // In Arabic, right to left: the status in plain words and the deadline.
  await page.goto(`/suivi?reference=${reference}&code=${code}&lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText(loose(t('ar', 'request-status-received')))).toBeVisible();
  await expect(page.getByText(loose(t('ar', 'follow-due')))).toBeVisible();
  await checkA11y(page, '/suivi in Arabic');

  // A wrong code tells nothing.
  await page.goto(`/suivi?reference=${reference}&code=ZZZZZZZZ&lang=ar`);
  await expect(page.getByRole('alert')).toHaveText(loose(t('ar', 'follow-no-match')));
  await expect(page.getByText('Copie intégrale')).toHaveCount(0);

  // A counsellor finds it among the requests and answers (the staff pages in French).
  await page.goto('/?lang=fr');
  await enrolWorkstation(page, 'Courrier e2e');
  await signIn(page, agents.camille);
  await page.goto('/agent/demandes?statut=received');
  await checkA11y(page, '/agent/demandes');
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  await checkA11y(page, '/agent/demandes/<reference>');
  // The acknowledgement of receipt to print: what the law requires, the town's date.
  await page.getByRole('link', { name: t('fr', 'ack-open') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'ack-title')));
  await expect(page.getByText('R421-2', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('Yasmine Haddad').first()).toBeVisible();
  await checkA11y(page, '/agent/demandes/<reference>/accuse');
  await page.getByRole('link', { name: t('fr', 'requests-back') }).click();
  await page.getByLabel(t('fr', 'requests-text-reply')).fill('La copie vous est envoyée par courrier cette semaine.');
  await page.getByRole('button', { name: t('fr', 'requests-action-reply') }).click();
  await expect(page.getByRole('status')).toHaveText(loose(t('fr', 'requests-saved')));
  await expect(page.getByRole('definition').filter({ hasText: loose(t('fr', 'request-status-answered')) })).toBeVisible();

  // The resident reads it, in Arabic.
  await page.goto(`/suivi?reference=${reference}&code=${code}&lang=ar`);
  await expect(page.getByText(loose(t('ar', 'request-status-answered')))).toBeVisible();
  await expect(page.getByText('La copie vous est envoyée par courrier cette semaine.')).toBeVisible();
});

test('a call answered on the spot takes one click; one that needs a follow-up opens a request', async ({ page }) => {
  await enrolWorkstation(page, 'Téléphone e2e');
  await signIn(page, agents.karim);
  await page.goto('/agent/demandes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'requests-title')));
  // The phone is the first channel offered: one click for an instant answer.
  await page.getByRole('button', { name: t('fr', 'requests-log-answered') }).click();
  // (The demo town may also warn Karim of his own requests due soon: another status.)
  await expect(page.getByRole('status').filter({ hasText: loose(t('fr', 'requests-contact-logged')) })).toBeVisible();

  // A follow-up: subject and a way to answer; it opens the request with its code.
  await page.getByText(t('fr', 'requests-log-follow-up')).click();
  await page.getByLabel(t('fr', 'requests-subject')).fill('Rappeler au sujet du recensement citoyen');
  await page.getByLabel(t('fr', 'requests-name')).fill('Lucas Bernard');
  await page.getByLabel(t('fr', 'requests-phone')).fill('06 39 98 00 42');
  await page.getByRole('button', { name: t('fr', 'requests-log-open') }).click();
  await expect(page).toHaveURL(/\/agent\/demandes\/D-\d{4}-\d{5}\?ouverte=1$/);
  await expect(page.getByRole('status')).toHaveText(loose(t('fr', 'requests-opened')));
  await expect(page.getByText('+33639980042')).toBeVisible();
  const history = page.getByRole('list').filter({ hasText: t('fr', 'requests-event-created') });
  await expect(history).toBeVisible();
  expect(clean(await page.locator('h1').textContent())).toContain('Rappeler au sujet du recensement citoyen');
  const reference = /D-\d{4}-\d{5}/.exec(page.url())![0];

  // The same person found by the number as it was typed, with that request.
  await page.goto('/agent/usagers');
  await checkA11y(page, '/agent/usagers');
  await page.getByLabel(t('fr', 'residents-search')).fill('06 39 98 00 42');
  await page.getByRole('button', { name: t('fr', 'residents-look') }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lucas Bernard' })).toBeVisible();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await checkA11y(page, '/agent/usagers?q=…');
});
