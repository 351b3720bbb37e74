import { expect } from '@playwright/test';
import { clean, loose, t } from './i18n';
import { agents, checkA11y, enrolWorkstation, mailsTo, mailTo, sendToTown, signIn, test } from './support';

/** A one-page PDF as a scanner writes it (its first bytes are what the server checks). */
const SCAN = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

test('a letter registered at the mail desk is acknowledged, followed in Arabic and answered by post', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const email = `karima-${testInfo.project.name}-${Date.now()}@example.org`;
  await enrolWorkstation(page, `Courrier ${testInfo.project.name}`);
  await signIn(page, agents.camille);
  await page.goto('/agent/demandes');
  await page.getByRole('link', { name: t('fr', 'letter-title') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'letter-title')));
  await checkA11y(page, '/agent/courrier');

  // A Word document is refused with a message; what was typed stays.
  await page.getByLabel(t('fr', 'requests-kind')).selectOption({ label: t('fr', 'request-kind-complaint') });
  await page.getByLabel(t('fr', 'requests-subject')).fill('Éclairage public en panne rue des Lilas');
  await page.getByLabel(t('fr', 'letter-sender')).fill('Karima Benali');
  await page.getByLabel(t('fr', 'requests-postal-address')).fill('12 rue des Lilas\n89000 Villebourg');
  await page.getByLabel(t('fr', 'requests-email')).fill(email);
  await page.getByLabel(t('fr', 'requests-language')).selectOption('ar');
  await page.getByLabel(t('fr', 'letter-scan')).setInputFiles({ name: 'lettre.docx', mimeType: 'application/pdf', buffer: Buffer.from('PK\x03\x04word') });
  await page.getByRole('button', { name: t('fr', 'letter-register') }).click();
  await expect(page.getByRole('alert')).toHaveText(loose(t('fr', 'requests-error-scan-type')));
  await expect(page.getByLabel(t('fr', 'requests-subject'))).toHaveValue('Éclairage public en panne rue des Lilas');

  // The scan: the request opens with the scan among its files.
  await page.getByLabel(t('fr', 'letter-scan')).setInputFiles({ name: 'lettre lilas.pdf', mimeType: 'application/pdf', buffer: SCAN });
  await page.getByRole('button', { name: t('fr', 'letter-register') }).click();
  await expect(page).toHaveURL(/\/agent\/demandes\/D-\d{4}-\d{5}\?ouverte=1$/);
  const reference = /D-\d{4}-\d{5}/.exec(page.url())![0];
  await expect(page.getByRole('link', { name: 'lettre lilas.pdf' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: loose(t('fr', 'request-channel-letter')) })).toBeVisible();
  await checkA11y(page, '/agent/demandes/<letter>');

  // Its acknowledgement to print, in French with the Arabic beside it, and by e-mail.
  await page.getByRole('link', { name: t('fr', 'ack-open') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'ack-title')));
  await expect(page.locator('section[lang="ar"][dir="rtl"]')).toBeVisible();
  await expect(page.getByText('12 rue des Lilas')).toBeVisible();
  await checkA11y(page, '/agent/demandes/<letter>/accuse');
  await expect.poll(() => mailTo(email), { timeout: 15_000 }).toContain(reference);
  await page.getByRole('link', { name: t('fr', 'requests-back') }).click();

  // The resident follows it in Arabic with the code printed on the acknowledgement.
  const follow = await page.getByRole('link', { name: t('fr', 'requests-resident-view') }).getAttribute('href');
  await page.goto(`${follow}&lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText(loose(t('ar', 'request-status-received')))).toBeVisible();
  await checkA11y(page, '/suivi (letter) in Arabic');

  // The expert replies by printed letter: straight to the letter to print.
  await page.goto(`/agent/demandes/${reference}?lang=fr`);
  await page.getByLabel(t('fr', 'requests-text-reply')).fill('Le lampadaire sera réparé le 12 décembre par les services techniques.');
  await page.locator('form').filter({ has: page.getByRole('button', { name: t('fr', 'requests-action-reply') }) })
    .getByLabel(t('fr', 'requests-means-letter')).check();
  await page.getByRole('button', { name: t('fr', 'requests-action-reply') }).click();
  await expect(page).toHaveURL(new RegExp(`/agent/demandes/${reference}/courrier/\\d+$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'reply-letter-title')));
  await expect(page.getByText('Le lampadaire sera réparé le 12 décembre par les services techniques.')).toBeVisible();
  await expect(page.locator('section[lang="ar"]').getByRole('heading', { level: 2 })).toHaveText(loose(t('ar', 'reply-letter-title')));
  await checkA11y(page, '/agent/demandes/<letter>/courrier/<event>');

  // /suivi says it is answered, with the reply.
  await page.goto(`${follow}&lang=ar`);
  await expect(page.getByText(loose(t('ar', 'request-status-answered')))).toBeVisible();
  await expect(page.getByText('Le lampadaire sera réparé le 12 décembre')).toBeVisible();
});

test('an e-mail becomes a request; the question is read in the mailbox and the answer threads onto it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const resident = `ines-${testInfo.project.name}-${Date.now()}@example.org`;
  await sendToTown(resident, 'Recensement de mon fils', 'Bonjour, mon fils a eu 16 ans le mois dernier. Comment le faire recenser ?');

  // Acknowledged by return: the reference is in the subject.
  await expect.poll(() => mailsTo(resident).length, { timeout: 15_000 }).toBe(1);
  const reference = /D-\d{4}-\d{5}/.exec(mailsTo(resident)[0].subject)![0];

  // A counsellor finds it and asks for a document by e-mail (the first means offered).
  await enrolWorkstation(page, `Courriels ${testInfo.project.name}`);
  await signIn(page, agents.karim);
  await page.goto(`/agent/demandes/${reference}`);
  await expect(page.getByRole('definition').filter({ hasText: loose(t('fr', 'request-channel-email')) })).toBeVisible();
  await expect(page.getByText('mon fils a eu 16 ans')).toBeVisible();
  await page.getByLabel(t('fr', 'requests-text-ask')).fill('Merci de nous envoyer la copie de son livret de famille.');
  const askForm = page.locator('form').filter({ has: page.getByRole('button', { name: t('fr', 'requests-action-ask-resident') }) });
  await expect(askForm.getByLabel(t('fr', 'requests-means-email'))).toBeChecked();
  await page.getByRole('button', { name: t('fr', 'requests-action-ask-resident') }).click();
  await expect(page.getByRole('status')).toHaveText(loose(t('fr', 'requests-saved')));

  // The question arrives in the resident's mailbox, the reference leading its subject.
  await expect.poll(() => mailsTo(resident).length, { timeout: 15_000 }).toBe(2);
  const question = mailsTo(resident)[1];
  expect(question.subject.startsWith(`[${reference}]`)).toBe(true);
  expect(clean(question.body)).toContain('Merci de nous envoyer la copie de son livret de famille.');

  // The resident answers the e-mail: the answer joins the request, back in progress.
  await sendToTown(resident, `RE: ${question.subject}`, 'Bonjour, voici le livret de famille.\n> Merci de nous envoyer la copie');
  await expect.poll(async () => {
    await page.reload();
    return (await page.locator('.request-history').textContent()) ?? '';
  }, { timeout: 15_000 }).toContain('voici le livret de famille');
  await expect(page.getByRole('definition').filter({ hasText: loose(t('fr', 'request-status-in-progress')) })).toBeVisible();
  await checkA11y(page, '/agent/demandes/<email>');
});

test('a supervisor writes a reply template in Arabic and the reply to an Arabic reader starts from it', async ({ page }, testInfo) => {
  const title = `Voirie ${testInfo.project.name} ${Date.now()}`;
  await enrolWorkstation(page, `Modèles ${testInfo.project.name}`);
  await signIn(page, agents.nadia);
  await page.goto('/agent/demandes');
  await page.getByRole('link', { name: t('fr', 'reply-templates-title') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'reply-templates-title')));
  // The new template's form comes first on the page.
  await page.getByLabel(t('fr', 'reply-templates-name')).first().fill(title);
  await page.getByLabel(t('fr', 'requests-kind')).first().selectOption({ label: t('fr', 'request-kind-complaint') });
  await page.getByLabel(t('fr', 'requests-language')).first().selectOption('ar');
  await page.getByLabel(t('fr', 'reply-templates-text')).first().fill('Merci de votre signalement : les services techniques interviennent cette semaine.');
  await page.getByRole('button', { name: t('fr', 'reply-templates-save') }).first().click();
  await expect(page.getByRole('status')).toHaveText(loose(t('fr', 'reply-templates-saved')));
  await checkA11y(page, '/agent/modeles-reponse');

  // A complaint written from home in Arabic: the template is offered and fills the reply.
  await page.goto('/demande?lang=ar');
  await page.getByLabel(t('ar', 'requests-kind')).selectOption({ label: t('ar', 'request-kind-complaint') });
  await page.getByLabel(t('ar', 'requests-subject')).fill('Nid-de-poule rue Haute');
  await page.getByLabel(t('ar', 'requests-message')).fill('Un trou dangereux devant le numéro 4.');
  await page.getByLabel(t('ar', 'requests-name')).fill('Omar Said');
  await page.getByLabel(t('ar', 'requests-email')).fill(`omar-${testInfo.project.name}-${Date.now()}@example.org`);
  await page.getByRole('button', { name: t('ar', 'request-form-send') }).click();
  await expect(page).toHaveURL(/\/suivi\?reference=D-\d{4}-\d{5}/);
  const reference = new URL(page.url()).searchParams.get('reference')!;
  await page.goto(`/agent/demandes/${reference}?lang=fr`);
  await page.getByLabel(t('fr', 'reply-templates-use')).selectOption({ label: title });
  await page.getByRole('button', { name: t('fr', 'reply-templates-fill') }).click();
  await expect(page.getByLabel(t('fr', 'requests-text-reply'))).toHaveValue('Merci de votre signalement : les services techniques interviennent cette semaine.');
  await checkA11y(page, '/agent/demandes/<reference>?modele=…');
});
