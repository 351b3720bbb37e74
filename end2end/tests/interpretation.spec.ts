// The language panel, with JavaScript on and off: a counsellor completes a phrase with a
// date and a list of documents and sees it in Arabic and Persian (right to left on the
// panel element), Chinese and Ukrainian, each with the date written that language's way;
// "read aloud" reaches a recorder standing in for speechSynthesis with the right language
// tag, or says plainly that the workstation has no voice for Persian; the phrase is turned
// to the resident, whose tap on "more slowly" comes back to the counsellor in French.
// Then a paired screen: a tablet types the code the panel shows, receives the phrase in
// Arabic, right to left, and sends back "repeat please", which the counsellor reads in
// French; ending the exchange empties the tablet. Last, a counsellor asks for a Ukrainian
// interpreter: Daria, the demo's interpreter, sees it (live with JavaScript), answers
// "J'y vais", and the counsellor reads that she is coming (live with JavaScript too).

import { expect } from '@playwright/test';
import { clean, loose, t } from './i18n';
import { agents, checkA11y, enrolWorkstation, heardSpeech, installSpeechRecorder, isNoJs, signIn, test } from './support';

const PHRASE = 'phrase-appointments-bring-on-date';
const DOCUMENTS = ["une photo d'identité", 'un justificatif de domicile'];
const PIECES = encodeURIComponent(DOCUMENTS.join('\n'));

/** The phrase as the panel should write it in `lang`, for Monday 7 December 2026. */
function expected(lang: string): string {
  const date = t(lang, 'date-long', {
    weekday: t(lang, 'date-weekday-1'),
    day: '7',
    month: t(lang, 'date-month-12'),
    year: '2026',
  });
  const documents = t(lang, 'phrasebook-list-and', { first: DOCUMENTS[0], last: DOCUMENTS[1] });
  return t(lang, PHRASE, { date, documents });
}

test('a phrase with a date and documents, in four languages, read aloud and answered', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const js = !isNoJs(testInfo);
  // The workstation has voices for Arabic, Chinese and Ukrainian, none for Persian.
  await installSpeechRecorder(page, ['ar-SA', 'zh-CN', 'uk-UA', 'fr-FR']);
  await enrolWorkstation(page, `Interprétation ${testInfo.project.name}`);
  await signIn(page, agents.camille);

  // The language found by its French name, then by its own.
  await page.goto('/agent/interpretation');
  await page.getByLabel(t('fr', 'panel-find-language')).fill('persan');
  await page.getByRole('button', { name: t('fr', 'panel-search') }).first().click();
  await expect(page.locator('.language-choice')).toHaveCount(1);
  await expect(page.locator('.language-choice')).toContainText('فارسی');

  for (const lang of ['ar', 'fa', 'zh', 'uk']) {
    await page.goto(`/agent/interpretation?langue=${lang}&situation=appointments&phrase=${PHRASE}&date=2026-12-07&pieces=${PIECES}`);
    const french = page.locator('.phrase-side[lang="fr"] .phrase-text');
    await expect(french).toHaveText(loose(expected('fr')));
    const theirs = page.locator('#their-phrase');
    await expect(theirs).toHaveAttribute('lang', lang);
    await expect(theirs).toHaveAttribute('dir', lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr');
    await expect(theirs.locator('.phrase-text')).toHaveText(loose(expected(lang)));
    await expect(theirs).toHaveCSS('direction', lang === 'ar' || lang === 'fa' ? 'rtl' : 'ltr');

    if (js) {
      if (lang === 'fa') {
        await expect(page.getByText(loose(t('fr', 'speech-no-voice'), { exact: false }))).toBeVisible();
        await expect(page.getByRole('button', { name: t('fr', 'speech-read-aloud') })).toHaveCount(0);
      } else {
        await expect(page.getByLabel(t('fr', 'speech-voice'))).toHaveValue(`Voix ${lang === 'ar' ? 'ar-SA' : lang === 'zh' ? 'zh-CN' : 'uk-UA'}`);
        await page.getByRole('button', { name: t('fr', 'speech-read-aloud') }).click();
        const said = (await heardSpeech(page)).at(-1);
        expect(said?.lang).toBe(lang);
        expect(clean(said?.text)).toBe(expected(lang));
      }
    }
    await checkA11y(page, `/agent/interpretation (${lang})`);
  }

  // Turned to the resident (Ukrainian): large, their language; "more slowly" comes back
  // to the counsellor in French.
  await page.getByRole('link', { name: t('fr', 'panel-show') }).first().click();
  const view = page.locator('.resident-view');
  await expect(view).toHaveAttribute('lang', 'uk');
  await expect(view.locator('.resident-phrase')).toHaveText(loose(expected('uk')));
  await checkA11y(page, 'resident view (uk)');
  await view.getByRole('link', { name: t('uk', 'answer-slower') }).click();
  await expect(page.getByRole('status').filter({ hasText: loose(t('fr', 'panel-resident-said'), { exact: false }) })).toContainText(
    loose(t('fr', 'answer-slower'), { exact: false }),
  );
  await expect(page.locator('.resident-view')).toHaveCount(0);
});

test('a paired screen receives the phrase and sends back "repeat please", read in French', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const js = !isNoJs(testInfo);
  await enrolWorkstation(page, `Appairage ${testInfo.project.name}`);
  await signIn(page, agents.camille);
  await page.goto(`/agent/interpretation?langue=ar&situation=appointments&phrase=${PHRASE}&date=2026-12-07&pieces=${PIECES}`);
  await page.getByRole('button', { name: t('fr', 'pairing-start') }).click();
  const code = clean(await page.locator('.pairing-code').textContent()).trim();
  expect(code).toMatch(/^\d{3} \d{3}$/);

  // The tablet facing the resident: another device, set up by typing the code.
  const tablet = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    javaScriptEnabled: js,
    locale: 'fr-FR',
    viewport: { width: 800, height: 1280 },
  });
  const screen = await tablet.newPage();
  await screen.goto('/interpretation');
  await checkA11y(screen, '/interpretation');
  await screen.getByLabel(t('fr', 'pairing-code-label')).fill(code);
  await screen.getByRole('button', { name: t('fr', 'pairing-open') }).click();
  const shown = screen.locator('.paired-screen');
  await expect(shown).toHaveAttribute('lang', 'ar');
  await expect(shown).toHaveAttribute('dir', 'rtl');
  await expect(shown).toHaveCSS('direction', 'rtl');
  await expect(screen.locator('.paired-phrase')).toHaveText(loose(t('ar', 'pairing-screen-waiting')));
  // The panel says the screen is there: live with JavaScript, at the next reload without.
  if (!js) await page.reload();
  await expect(page.locator('.pairing-joined')).toHaveText(loose(t('fr', 'pairing-joined')));

  // The tablet keeps the code: another device typing it is told so, and sees nothing.
  const stranger = await browser.newContext({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: js, locale: 'fr-FR' });
  const peek = await stranger.newPage();
  await peek.goto(`/interpretation?code=${code.replace(' ', '')}`);
  await expect(peek.getByRole('alert')).toHaveText(loose(t('fr', 'pairing-code-taken')));
  await expect(peek.locator('.paired-screen')).toHaveCount(0);
  await stranger.close();

  // The counsellor sends the phrase: live with JavaScript, at the next reload without.
  await page.getByRole('button', { name: t('fr', 'pairing-send') }).click();
  await expect(screen.locator('.paired-phrase')).toHaveText(loose(expected('ar')), { timeout: 15_000 });
  await checkA11y(screen, 'paired screen (ar)');

  // "Repeat please", tapped on the tablet, reaches the counsellor in French.
  await screen.getByRole('button', { name: t('ar', 'answer-repeat') }).click();
  await expect(screen.locator('.paired-sent')).toContainText(loose(t('ar', 'answer-repeat'), { exact: false }));
  if (!js) await page.reload();
  await expect(page.locator('.screen-answered')).toContainText(loose(t('fr', 'answer-repeat'), { exact: false }));
  await checkA11y(page, 'panel with a paired screen');

  // The end of the exchange: the tablet is emptied.
  await page.getByRole('button', { name: t('fr', 'pairing-end') }).click();
  await expect(page.getByRole('button', { name: t('fr', 'pairing-start') })).toBeVisible();
  if (js) {
    await expect(screen.locator('.paired-ended')).toHaveText(loose(t('ar', 'pairing-screen-ended')));
    await expect(screen.locator('.paired-phrase')).toHaveCount(0);
  } else {
    await screen.reload();
    await expect(screen.getByRole('alert')).toHaveText(loose(t('fr', 'pairing-unknown-code')));
  }
  await tablet.close();
});

test('a counsellor asks for an interpreter and the Ukrainian interpreter takes it', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const js = !isNoJs(testInfo);
  const panel = '/agent/interpretation?langue=uk&situation=welcome';
  await enrolWorkstation(page, `Demande interprète ${testInfo.project.name}`);
  await signIn(page, agents.camille);

  // Daria's own workstation, with the interpreters' page open.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: js, locale: 'fr-FR' });
  const daria = await other.newPage();
  await enrolWorkstation(daria, `Interprète ${testInfo.project.name}`);
  await signIn(daria, agents.daria);
  await daria.goto('/agent/interpretation/interpretes');

  await page.goto(panel);
  // A request left out by a run that stopped half-way is withdrawn first.
  const withdraw = page.locator('.panel-interpreter').getByRole('button', { name: t('fr', 'interpreters-cancel') });
  if (await withdraw.count()) await withdraw.click();
  const ask = page.getByRole('button', { name: loose(t('fr', 'interpreters-ask', { language: t('fr', 'language-uk') })) });
  await ask.click();
  await expect(page.locator('.panel-interpreter [role="status"]')).toBeVisible();

  // With JavaScript the request appears by itself; without, at the next reload.
  if (!js) await daria.reload();
  const request = daria.locator('.request', { hasText: agents.camille.name }).first();
  await expect(request).toBeVisible({ timeout: 10_000 });
  if (js) await expect(daria.locator('.interpreter-alert').first()).toBeVisible();
  await checkA11y(daria, '/agent/interpretation/interpretes with a request');
  await request.getByRole('button', { name: t('fr', 'interpreters-accept') }).click();
  await expect(daria.locator('.request', { hasText: agents.camille.name }).first()).toContainText(
    loose(t('fr', 'interpreters-coming', { name: agents.daria.name }), { exact: false }),
  );

  // The counsellor's panel says it by itself with JavaScript; without, at the next reload.
  if (!js) await page.reload();
  await expect(page.locator('.panel-interpreter')).toContainText(loose(t('fr', 'interpreters-coming', { name: agents.daria.name }), { exact: false }));
  // Done: the request is withdrawn, so the next run starts afresh.
  await page.locator('.panel-interpreter').getByRole('button', { name: t('fr', 'interpreters-cancel') }).click();
  await expect(ask).toBeVisible();
  await other.close();
});
