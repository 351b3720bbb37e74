// A resident books on a 360 px phone, in French and in Arabic, with JavaScript on and off:
// motif → site → time → contact → review → confirmation; the confirmation reaches the
// message journal (SMS) and the SMTP sink (e-mail) in that language; then the resident
// moves and cancels from the link. axe-core checks every step. The waitlist: someone who
// asked to be told gets a freed time and takes it from the link in the message; a time
// nobody takes in time goes to the next person.

import { expect, type Page } from '@playwright/test';
import { clean, loose, t } from './i18n';
import { agents, checkA11y, enrolWorkstation, isNoJs, mailTo, signIn, test } from './support';

test.use({ viewport: { width: 360, height: 740 } });

for (const lang of ['fr', 'ar'] as const) {
  test(`a resident books, moves and cancels in ${lang}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const stamp = `${lang}${testInfo.project.name}${Date.now()}`;
    const email = `rdv-${stamp}@example.org`;
    const phone = `06 ${String(Date.now()).slice(-8).replace(/(\d\d)(?=\d)/g, '$1 ')}`;

    await page.goto(`/rendez-vous?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t(lang, 'booking-title')));
    await checkA11y(page, `/rendez-vous (${lang})`);

    // Find the motif by searching, in the resident's language.
    const search = lang === 'fr' ? 'naissance' : t('ar', 'motif-acte-naissance').split(' ')[0];
    await page.getByLabel(t(lang, 'booking-search-label')).fill(search);
    await page.getByRole('button', { name: t(lang, 'booking-search-submit') }).click();
    await page.getByRole('link', { name: loose(t(lang, 'motif-acte-naissance'), { exact: false }) }).click();
    await expect(page).toHaveURL(/motif=acte-naissance/);
    await checkA11y(page, `site step (${lang})`);

    await page.getByRole('link', { name: /Hôtel de ville/ }).click();
    await expect(page).toHaveURL(/lieu=hotel-de-ville/);
    await checkA11y(page, `slot step (${lang})`);
    // Not the earliest: another test run may take it; the second free time of the week.
    const slots = page.locator('a.slot');
    await expect(slots.first()).toBeVisible();
    await slots.nth(1).click();
    await expect(page).toHaveURL(/creneau=/);
    await checkA11y(page, `contact step (${lang})`);

    // A wrong phone number first: every problem told, nothing lost.
    await page.getByLabel(t(lang, 'contact-name'), { exact: true }).fill(lang === 'fr' ? 'Amina Haddad' : 'أمينة حداد');
    await page.getByLabel(t(lang, 'contact-phone'), { exact: true }).fill('12');
    await page.getByRole('button', { name: t(lang, 'contact-submit') }).click();
    await expect(page.getByRole('alert')).toContainText(clean(t(lang, 'contact-error-phone')));
    await checkA11y(page, `contact step with errors (${lang})`);
    await page.getByLabel(t(lang, 'contact-phone'), { exact: true }).fill(phone);
    await page.getByLabel(t(lang, 'contact-email'), { exact: true }).fill(email);
    await page.getByRole('button', { name: t(lang, 'contact-submit') }).click();
    await expect(page).toHaveURL(/etape=verifier/);
    await expect(page.getByRole('heading', { name: t(lang, 'review-title') })).toBeVisible();
    await checkA11y(page, `review step (${lang})`);

    await page.getByRole('button', { name: t(lang, 'review-confirm') }).click();
    await expect(page).toHaveURL(/\/rendez-vous\/[0-9a-f]{32}\?nouveau=1$/);
    await expect(page.getByRole('heading', { name: t(lang, 'appointment-booked') })).toBeVisible();
    const reference = clean(await page.locator('.reference .code').textContent());
    expect(reference).toMatch(/^R[A-Z2-9]{7}$/);
    await checkA11y(page, `confirmation (${lang})`);
    const link = page.url().replace(/\?.*$/, '');

    // The e-mail reached the SMTP server, in the resident's language.
    await expect.poll(() => mailTo(email), { timeout: 15_000 }).toContain(reference);
    expect(mailTo(email)).toContain(lang === 'fr' ? 'Bonjour Amina' : 'مرحبًا');

    // Move it to another time, then cancel it, from the link.
    await page.getByRole('link', { name: t(lang, 'appointment-move') }).click();
    await expect(page).toHaveURL(/\/deplacer/);
    await checkA11y(page, `move page (${lang})`);
    await page.locator('a.slot').nth(2).click();
    await page.getByRole('button', { name: t(lang, 'appointment-move-confirm') }).click();
    await expect(page.getByText(loose(t(lang, 'appointment-moved')))).toBeVisible();

    await page.getByRole('link', { name: t(lang, 'appointment-cancel') }).click();
    await page.getByRole('button', { name: t(lang, 'appointment-cancel-yes') }).click();
    await expect(page.getByText(loose(t(lang, 'appointment-cancelled')))).toBeVisible();
    await expect(page.getByRole('link', { name: t(lang, 'appointment-book-again') })).toBeVisible();
    await page.goto(link);
    await expect(page.getByText(t(lang, 'appointment-status-cancelled'), { exact: true })).toBeVisible();

    // The SMS went to the journal, in the resident's language: an admin reads it there
    // (the staff screens in French).
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/?lang=fr');
    await enrolWorkstation(page, `Accueil ${stamp}`);
    await signIn(page, agents.julien);
    await page.goto('/agent/admin/messages');
    const digits = phone.replace(/\s/g, '').slice(1);
    const sms = page.locator('tr', { hasText: `+33${digits}` }).filter({ hasText: reference });
    await expect(sms.first()).toBeVisible();
    if (lang === 'ar') await expect(sms.first()).toContainText('البلدية');
    else await expect(sms.first()).toContainText('Mairie');
  });
}

test('someone on the waitlist is offered a freed time and takes it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const stamp = `${testInfo.project.name}${Date.now()}`;
  // Each project its own person, so each finds its own offer in the journal.
  const waiting = isNoJs(testInfo) ? '07 00 00 00 02' : '07 00 00 00 01';
  const waitingE164 = `+33${waiting.replace(/\s/g, '').slice(1)}`;
  // A time far enough ahead that no other test books it: the last week the motif allows.
  await page.goto('/rendez-vous?motif=recensement-citoyen&lieu=hotel-de-ville&lang=fr');
  // Go to the last week offered.
  for (let i = 0; i < 12; i++) {
    const next = page.getByRole('link', { name: t('fr', 'booking-next-week') }).first();
    if ((await next.count()) === 0) break;
    await next.click();
  }
  const slot = page.locator('a.slot').last();
  const href = (await slot.getAttribute('href'))!;
  const when = decodeURIComponent(/creneau=([^&]+)/.exec(href)![1]);
  const day = when.slice(0, 10);

  // Someone asks to be told about that day...
  await page.getByLabel(t('fr', 'waitlist-from')).fill(day);
  await page.getByLabel(t('fr', 'waitlist-to')).fill(day);
  const section = page.locator('#prevenez-moi');
  await section.getByLabel(t('fr', 'contact-name'), { exact: true }).fill('Olena Petrenko');
  await section.getByLabel(t('fr', 'contact-phone'), { exact: true }).fill(waiting);
  await section.getByRole('button', { name: t('fr', 'waitlist-submit') }).click();
  await expect(page.getByText(t('fr', 'waitlist-joined'))).toBeVisible();

  // ...someone else books that very time and cancels it.
  await page.goto(href);
  await page.getByLabel(t('fr', 'contact-name'), { exact: true }).fill('Marc Durand');
  await page.getByLabel(t('fr', 'contact-email'), { exact: true }).fill(`marc-${stamp}@example.org`);
  await page.getByRole('button', { name: t('fr', 'contact-submit') }).click();
  await page.getByRole('button', { name: t('fr', 'review-confirm') }).click();
  await expect(page).toHaveURL(/nouveau=1/);
  await page.getByRole('link', { name: t('fr', 'appointment-cancel') }).click();
  await page.getByRole('button', { name: t('fr', 'appointment-cancel-yes') }).click();
  await expect(page.getByText(loose(t('fr', 'appointment-cancelled')))).toBeVisible();

  // The offer reached the first person waiting; its link holds the time for them.
  await page.setViewportSize({ width: 1280, height: 900 });
  await enrolWorkstation(page, `Accueil ${stamp}`);
  await signIn(page, agents.julien);
  await page.goto('/agent/admin/messages');
  const offer = page.locator('tr', { hasText: waitingE164 }).filter({ hasText: '/rendez-vous/offre/' }).first();
  await expect(offer).toBeVisible();
  const text = clean(await offer.textContent());
  const offerLink = /\/rendez-vous\/offre\/[0-9a-f]{32}/.exec(text)![0];
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(offerLink);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'offer-title')));
  await checkA11y(page, 'waitlist offer');
  await page.getByRole('button', { name: t('fr', 'offer-accept') }).click();
  await expect(page.getByRole('heading', { name: t('fr', 'appointment-booked') })).toBeVisible();
  await expect(page.getByText(/Olena/)).toBeVisible();
  // The same link again: already taken by them.
  await page.goto(offerLink);
  await expect(page.getByText(t('fr', 'offer-accepted'))).toBeVisible();
});

test('an offer nobody answers goes to the next person waiting', async ({ page }, testInfo) => {
  // The chain runs on the server's clock (one-minute holds in this run, housekeeping every
  // ten seconds); the browser part is the same without JavaScript, so once is enough.
  test.skip(isNoJs(testInfo), 'server-side timing; the pages are covered by the test above');
  test.setTimeout(180_000);
  const stamp = `expiry${Date.now()}`;
  await page.goto('/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville&lang=fr');
  for (let i = 0; i < 12; i++) {
    const next = page.getByRole('link', { name: t('fr', 'booking-next-week') }).first();
    if ((await next.count()) === 0) break;
    await next.click();
  }
  const href = (await page.locator('a.slot').last().getAttribute('href'))!;
  const day = decodeURIComponent(/creneau=([^&]+)/.exec(href)![1]).slice(0, 10);

  // Two people ask to be told about that day, one after the other.
  for (const [name, phone] of [
    ['Aylin Kaya', '07 00 00 00 11'],
    ['Bogdan Ionescu', '07 00 00 00 12'],
  ]) {
    await page.goto('/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville');
    await page.getByLabel(t('fr', 'waitlist-from')).fill(day);
    await page.getByLabel(t('fr', 'waitlist-to')).fill(day);
    const section = page.locator('#prevenez-moi');
    await section.getByLabel(t('fr', 'contact-name'), { exact: true }).fill(name);
    await section.getByLabel(t('fr', 'contact-phone'), { exact: true }).fill(phone);
    await section.getByRole('button', { name: t('fr', 'waitlist-submit') }).click();
    await expect(page.getByText(t('fr', 'waitlist-joined'))).toBeVisible();
  }

  // A time of that day is booked and cancelled: the first person is offered it.
  await page.goto(href);
  await page.getByLabel(t('fr', 'contact-name'), { exact: true }).fill('Marc Durand');
  await page.getByLabel(t('fr', 'contact-email'), { exact: true }).fill(`marc-${stamp}@example.org`);
  await page.getByRole('button', { name: t('fr', 'contact-submit') }).click();
  await page.getByRole('button', { name: t('fr', 'review-confirm') }).click();
  await page.getByRole('link', { name: t('fr', 'appointment-cancel') }).click();
  await page.getByRole('button', { name: t('fr', 'appointment-cancel-yes') }).click();
  await expect(page.getByText(loose(t('fr', 'appointment-cancelled')))).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 900 });
  await enrolWorkstation(page, `Accueil ${stamp}`);
  await signIn(page, agents.julien);
  const offerTo = async (e164: string) => {
    await page.goto('/agent/admin/messages');
    const row = page.locator('tr', { hasText: e164 }).filter({ hasText: '/rendez-vous/offre/' }).first();
    if ((await row.count()) === 0) return undefined;
    return /\/rendez-vous\/offre\/[0-9a-f]{32}/.exec(clean(await row.textContent()))?.[0];
  };
  const first = await offerTo('+33700000011');
  expect(first, 'the first person is offered the time').toBeTruthy();
  expect(await offerTo('+33700000012'), 'not the second one yet').toBeUndefined();

  // Nobody answers: after the hold, the next person gets it, and the first link says so.
  let second: string | undefined;
  await expect
    .poll(async () => (second = await offerTo('+33700000012')), { timeout: 120_000, intervals: [5_000] })
    .toBeTruthy();
  await page.goto(first!);
  await expect(page.getByText(t('fr', 'offer-expired'))).toBeVisible();
  await page.goto(second!);
  await page.getByRole('button', { name: t('fr', 'offer-accept') }).click();
  await expect(page.getByRole('heading', { name: t('fr', 'appointment-booked') })).toBeVisible();
  await expect(page.getByText(/Bogdan/)).toBeVisible();
});
