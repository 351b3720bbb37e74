// The queue, end to end, with JavaScript on and off: a visitor takes a ticket at the
// entrance kiosk in Arabic and follows it on their phone; a counsellor calls it from her
// desk; the waiting-room screen shows the call and speaks it in French and in Arabic
// (a recorder stands in for the browser's speechSynthesis); the counsellor transfers the
// visitor to the town-planning expert with a note; the expert calls them from his queue and
// closes the visit with an outcome. The phone says each step. axe-core checks the kiosk,
// the receipt, the phone's ticket, the screen with a call and the desk with a visitor. The
// kiosk and the screen are the site's enrolled devices (each enrolled with its code first).

import { expect } from '@playwright/test';
import { callUntil, closeCurrent, isFrenchHoliday, newContext, openDesk, parisToday, setTodaysHours, SITE, switchTo } from './desk';
import { clean, loose, t } from './i18n';
import { agents, checkA11y, enrolDevice, enrolWorkstation, heardSpeech, installSpeechRecorder, isNoJs, signIn, test } from './support';

/** "A012" as the screen says it: "A 12". */
function spoken(code: string): string {
  const letters = code.match(/^[A-Z]+/)![0];
  return `${letters} ${code.slice(letters.length).replace(/^0+/, '') || '0'}`;
}

test('a kiosk ticket in Arabic is called, spoken, transferred and closed', async ({ browser, page }, testInfo) => {
  test.setTimeout(180_000);
  const js = !isNoJs(testInfo);
  const [y, m, d, weekday] = parisToday();
  test.skip(isFrenchHoliday(y, m, d), 'every site is closed on a public holiday: no ticket can be taken');

  // The desk computer: the administrator opens the town hall all day today, so that the
  // test runs at any hour; the hours are put back at the end.
  await enrolWorkstation(page, `Accueil file ${testInfo.project.name}`);
  await signIn(page, agents.julien);
  const hoursBefore = await setTodaysHours(page, weekday, '00:00-23:59');

  // The waiting-room screen, in French, with a recorder in place of speech synthesis.
  const screenContext = await newContext(browser, js, 'fr-FR');
  await installSpeechRecorder(screenContext);
  const screen = await screenContext.newPage();
  await enrolDevice(screen, 'screen', SITE, `Écran file ${testInfo.project.name}`);
  await screen.goto(`/ecran/${SITE}`);
  if (js) {
    await screen.waitForLoadState('load');
    // Browsers only speak after a gesture: tap "activate sound" (again, if the first tap
    // came before the page was interactive).
    await expect(async () => {
      await screen.getByRole('button', { name: t('fr', 'queue-screen-sound') }).click({ timeout: 2_000 });
      await expect(screen.getByRole('status')).toHaveText(loose(t('fr', 'queue-screen-sound-on')), { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  }

  // The kiosk: Arabic, a service, a motif, no priority.
  const kioskContext = await newContext(browser, js, 'fr-FR');
  const kiosk = await kioskContext.newPage();
  await enrolDevice(kiosk, 'kiosk', SITE, `Borne file ${testInfo.project.name}`);
  await kiosk.goto(`/borne/${SITE}`);
  await kiosk.getByRole('link', { name: 'العربية' }).click();
  await expect(kiosk.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(kiosk.getByRole('heading', { level: 1 })).toHaveText(loose(t('ar', 'queue-kiosk-choose-family')));
  await checkA11y(kiosk, `/borne/${SITE} (ar)`);
  await kiosk.locator('a.kiosk-button[href*="service=etat-civil"]').click();
  await expect(kiosk.locator('p.kiosk-lead')).toHaveText(loose(t('ar', 'queue-kiosk-choose-motif')));
  await kiosk.locator('a.kiosk-button[href*="motif="]').first().click();
  await kiosk.getByRole('button', { name: t('ar', 'queue-priority-none') }).click();
  await expect(kiosk).toHaveURL(new RegExp(`/borne/${SITE}/ticket/[0-9a-f]+`));
  const code = clean(await kiosk.locator('.receipt-number').textContent()).trim();
  expect(code).toMatch(/^[A-Z]\d{3}$/);
  await expect(kiosk.getByRole('img', { name: t('ar', 'queue-qr-label') })).toBeVisible();
  await expect(kiosk.locator('.receipt-qr svg')).toBeVisible();
  await checkA11y(kiosk, 'kiosk receipt (ar)');
  const token = kiosk.url().match(/ticket\/([0-9a-f]+)/)![1];

  // The visitor's phone, from the QR code.
  const phoneContext = await newContext(browser, js, 'ar', true);
  const phone = await phoneContext.newPage();
  await phone.goto(`/ticket/${token}`);
  await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(phone.locator('.receipt-number')).toHaveText(code);
  await expect(phone.locator('.ticket-ahead')).toBeVisible();
  await checkA11y(phone, '/ticket/… (ar)');
  /** The phone's page now: live with JavaScript, reloaded (as its refresh does) without. */
  const phoneShows = async (text: string) => {
    await expect(async () => {
      if (!js) await phone.reload();
      await expect(phone.locator('.ticket-card')).toContainText(loose(text, { exact: false }), { timeout: 3_000 });
    }).toPass({ timeout: 15_000 });
  };

  // Camille calls from her desk until the visitor comes up.
  await switchTo(page, agents.camille);
  const desk = await openDesk(page, 'commune', 1);
  await callUntil(page, code);
  await expect(page.locator('.visitor-facts')).toContainText('العربية');
  // While serving, the motif's procedure sheet is one click away (opened beside the desk).
  const sheetLink = page.locator('.visitor-facts').getByRole('link', { name: t('fr', 'queue-procedure-sheet') });
  const sheet = await page.context().newPage();
  await sheet.goto((await sheetLink.getAttribute('href'))!);
  await expect(sheet).toHaveURL(/\/agent\/demarches\/[a-z-]+$/);
  await expect(sheet.getByRole('heading', { name: t('fr', 'procedures-staff-notes') })).toBeVisible();
  await sheet.close();
  await checkA11y(page, '/agent/file with a visitor called');

  // The screen shows the call, flashing, and says it in French, then in Arabic.
  await expect(async () => {
    if (!js) await screen.reload();
    await expect(screen.locator('.calls li').first().locator('.call-code')).toHaveText(code, { timeout: 3_000 });
  }).toPass({ timeout: 15_000 });
  await expect(screen.locator('.calls li').first().locator('.call-desk')).toHaveText(desk);
  if (js) {
    await expect(screen.locator('.calls li.latest')).toHaveClass(/flash/);
    const said = async () => (await heardSpeech(screen)).map(({ text, lang }) => ({ text, lang }));
    const call = { code: spoken(code), desk };
    await expect.poll(said, { timeout: 10_000 }).toEqual(
      expect.arrayContaining([
        { lang: 'fr', text: t('fr', 'queue-speech', call) },
        { lang: 'ar', text: t('ar', 'queue-speech', call) },
      ]),
    );
    const ours = [t('fr', 'queue-speech', call), t('ar', 'queue-speech', call)];
    const langs = (await said()).filter((s) => ours.includes(s.text)).map((s) => s.lang);
    expect(langs, 'French first, then the visitor’s language').toEqual(['fr', 'ar']);
  }
  await checkA11y(screen, `/ecran/${SITE} with a call`);
  await phoneShows(t('ar', 'queue-called-to', { desk }));

  // Start, then transfer to town planning, for Thomas, with a note.
  await page.getByRole('button', { name: t('fr', 'queue-start'), exact: true }).click();
  await expect(page.locator('.visitor-status')).toHaveText(loose(t('fr', 'queue-status-in-service')));
  await checkA11y(page, '/agent/file with a visitor at the desk');
  const transfer = page.locator('form.desk-form', { has: page.getByRole('heading', { name: t('fr', 'queue-transfer') }) });
  const pick = async (select: string, label: RegExp) => {
    const value = await transfer
      .locator(`${select} option`)
      .evaluateAll((os, re) => (os as HTMLOptionElement[]).find((o) => new RegExp(re, 'i').test(o.textContent ?? ''))?.value, label.source);
    expect(value, `an option matching ${label} in ${select}`).toBeTruthy();
    await transfer.locator(select).selectOption(value!);
  };
  await pick('#transfer-service', /urbanisme/);
  await pick('#transfer-expert', /Thomas Leroy/);
  const note = 'Extension de garage : dossier de déclaration préalable à vérifier.';
  await transfer.getByLabel(t('fr', 'queue-transfer-note')).fill(note);
  await transfer.getByRole('button', { name: t('fr', 'queue-transfer') }).click();
  await expect(page.getByRole('button', { name: t('fr', 'queue-call-next') })).toBeVisible();
  await expect(page.locator('.queue-table')).toContainText(code);
  await phoneShows(t('ar', 'queue-come-now'));

  // Thomas takes the desk computer, calls from the town-planning queue and closes.
  await switchTo(page, { name: 'Thomas Leroy', pin: '3690' });
  await openDesk(page, 'urbanisme', 2);
  await expect(page.locator('.queue-table')).toContainText(loose(t('fr', 'queue-for-agent', { name: 'Thomas Leroy' }), { exact: false }));
  await callUntil(page, code);
  await expect(page.locator('.visitor-facts')).toContainText(note);
  await closeCurrent(page, 'follow_up', 'Dossier complet à déposer en ligne.');
  await expect(page.locator('.desk-queue')).not.toContainText(code);
  await phoneShows(t('ar', 'queue-ticket-done'));

  // The visit is over: the same page (the receipt's QR code) asks the visitor's opinion
  // while the town's survey campaign runs. One tap on a face, then a comment, in Arabic.
  await phone.reload();
  await phone.getByRole('link', { name: t('ar', 'queue-survey-link') }).click();
  await expect(phone).toHaveURL(/\/avis\/[0-9a-f]+/);
  await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
  await checkA11y(phone, '/avis/… (ar)');
  await phone.getByRole('button', { name: t('ar', 'surveys-score-happy'), exact: true }).click();
  await expect(phone.getByText(t('ar', 'surveys-recorded'))).toBeVisible();
  const comment = `Accueil parfait ${js ? 'avec' : 'sans'} script`;
  await phone.getByLabel(t('ar', 'surveys-comment')).fill(comment);
  await phone.getByRole('button', { name: t('ar', 'surveys-send') }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(loose(t('ar', 'surveys-thanks-title')));
  await checkA11y(phone, '/avis/… thanks (ar)');

  // The quality lead finds the answer, tied to the visit, in the export of the answers.
  await switchTo(page, agents.nadia);
  const answers = await page.request.get('/agent/pilotage/export.csv?fichier=avis');
  expect(answers.status()).toBe(200);
  const rows = (await answers.body()).toString('utf8').split('\r\n');
  const row = rows.find((r) => r.includes(comment));
  expect(row, 'the answer in the export').toBeDefined();
  expect(row).toContain(';Satisfait;');
  expect(row).toContain('Thomas Leroy');

  // Back to the hours the town had.
  await switchTo(page, agents.julien);
  await setTodaysHours(page, weekday, hoursBefore);
  await Promise.all([screenContext.close(), kioskContext.close(), phoneContext.close()]);
});
