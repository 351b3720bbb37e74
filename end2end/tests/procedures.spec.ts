import { expect, type Browser, type Page } from '@playwright/test';
import { loose, t } from './i18n';
import { agents, checkA11y, enrolWorkstation, isNoJs, signIn, test } from './support';

const FR_TITLE = "Carte nationale d'identité : première demande, renouvellement, perte ou vol";
const FALC_TITLE = "Faire sa carte d'identité";
const TR_FALC_TITLE = 'Kimlik kartı çıkarmak';

/** A resident's phone: 360 px wide, French unless said otherwise. */
async function phone(browser: Browser, js: boolean, locale = 'fr-FR'): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale,
    timezoneId: 'Europe/Paris',
    javaScriptEnabled: js,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

/** Nothing wider than the phone's screen: no sideways scrolling to read a sheet. */
async function fitsTheScreen(page: Page) {
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(widths[0], 'page width on a 360 px phone').toBeLessThanOrEqual(widths[1]);
}

test('a resident on a phone finds the identity card sheet, reads it easy to read and in Turkish, and books its motif', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const page = await phone(browser, !isNoJs(testInfo));
  await page.goto('/');
  await page.getByRole('link', { name: t('fr', 'home-action-procedures') }).click();
  await expect(page).toHaveURL(/\/demarches$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'procedures-title')));
  await checkA11y(page, '/demarches');

  // Typed the way people type: no accents, lower case.
  await page.getByLabel(t('fr', 'procedures-search-label')).fill('carte identite');
  await page.getByRole('button', { name: t('fr', 'procedures-search') }).click();
  await expect(page).toHaveURL(/\/demarches\?q=carte\+identite/);
  const first = page.locator('.sheet-list a').first();
  await expect(first).toHaveText(FR_TITLE);
  await checkA11y(page, '/demarches?q=carte identite');
  await first.click();
  await expect(page).toHaveURL(/\/demarches\/carte-identite\?langue=fr$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FR_TITLE);
  await expect(page.getByRole('heading', { name: t('fr', 'procedures-documents') })).toBeVisible();
  await fitsTheScreen(page);
  await checkA11y(page, '/demarches/carte-identite');

  // The easy-to-read version, then the same in Turkish.
  await page.getByRole('link', { name: t('fr', 'procedures-to-falc') }).click();
  await expect(page).toHaveURL(/\/demarches\/carte-identite\?langue=fr&version=falc$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FALC_TITLE);
  await page.getByRole('link', { name: 'Türkçe' }).click();
  await expect(page).toHaveURL(/\/demarches\/carte-identite\?langue=tr&version=falc$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TR_FALC_TITLE);
  await expect(page.locator('.sheet-text')).toHaveAttribute('lang', 'tr');
  await fitsTheScreen(page);
  await checkA11y(page, '/demarches/carte-identite?langue=tr&version=falc');

  // Where to go: the appointment for this procedure, one tap away.
  await page.getByRole('link', { name: t('fr', 'procedures-book') }).click();
  await expect(page).toHaveURL(/\/rendez-vous\?motif=cni-passeport-depot$/);
  await expect(page.getByRole('heading', { name: t('fr', 'booking-site-title') })).toBeVisible();
  await page.context().close();
});

test('the booking flow links each motif to its sheet, and the sheet reads aloud in its language', async ({ browser }, testInfo) => {
  const js = !isNoJs(testInfo);
  const page = await phone(browser, js);
  await page.goto('/rendez-vous');
  // The motif's "documents to bring" lead to the sheet of a motif that has only one.
  const birth = page.locator('li.choice-item', { has: page.locator('a[href*="motif=acte-naissance"]') });
  await birth.getByRole('link', { name: t('fr', 'booking-procedure-sheet') }).click();
  await expect(page).toHaveURL(/\/demarches\/acte-naissance$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('acte de naissance');
  const readAloud = page.getByRole('button', { name: t('fr', 'procedures-read-aloud') });
  if (!js) {
    // No script, no speech: the button is not offered.
    await expect(readAloud).toHaveCount(0);
  } else {
    await page.evaluate(() => {
      const said: { text: string; lang: string }[] = [];
      (window as unknown as { said: typeof said }).said = said;
      window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => { said.push({ text: u.text, lang: u.lang }); };
      window.speechSynthesis.getVoices = () => [];
    });
    await readAloud.click();
    const said = await page.evaluate(() => (window as unknown as { said: { text: string; lang: string }[] }).said);
    expect(said).toHaveLength(1);
    expect(said[0].lang).toBe('fr');
    expect(said[0].text).toContain('acte de naissance');
  }
  await page.context().close();
});

test('in Arabic, right to left: the list, a sheet and its printed page', async ({ browser }, testInfo) => {
  const page = await phone(browser, !isNoJs(testInfo), 'ar');
  await page.goto('/demarches?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('ar', 'procedures-title')));
  await fitsTheScreen(page);
  await checkA11y(page, '/demarches (ar)');
  await page.getByLabel(t('ar', 'procedures-search-label')).fill('بطاقة الهوية');
  await page.getByRole('button', { name: t('ar', 'procedures-search') }).click();
  await page.locator('.sheet-list a').first().click();
  await expect(page).toHaveURL(/\/demarches\/carte-identite\?langue=ar$/);
  await expect(page.locator('.sheet-text')).toHaveAttribute('dir', 'rtl');
  await fitsTheScreen(page);
  await checkA11y(page, '/demarches/carte-identite (ar)');
  await page.getByRole('link', { name: t('ar', 'procedures-print') }).click();
  await expect(page).toHaveURL(/\/demarches\/carte-identite\/imprimer\?langue=ar$/);
  await expect(page.getByRole('img', { name: t('ar', 'procedures-qr') })).toBeVisible();
  await expect(page.locator('.sheet-qr figcaption')).toHaveText(/\/demarches\/carte-identite\?langue=ar$/);
  await checkA11y(page, '/demarches/carte-identite/imprimer (ar)');
  await page.context().close();
});

test('a major French edit warns the readers of the Turkish sheet until its translator updates it', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await enrolWorkstation(page, `Fiches ${testInfo.project.name}`);

  // The interpreter brings the Turkish translation up to date: no warning for its readers.
  await signIn(page, agents.daria);
  await page.goto('/agent/demarches/carte-identite/modifier?langue=tr&version=standard');
  await checkA11y(page, 'sheet editor (tr)');
  await page.getByRole('button', { name: t('fr', 'procedures-publish') }).click();
  await expect(page.getByRole('status').filter({ hasText: loose(t('fr', 'procedures-published-ok')) })).toBeVisible();
  await page.goto('/demarches/carte-identite?langue=tr&lang=tr');
  await expect(page.locator('.notice.warning')).toHaveCount(0);

  // A supervisor changes a fact of the French sheet and says the change is major.
  await page.goto('/agent/accueil?lang=fr');
  await page.getByRole('button', { name: t('fr', 'staff-switch') }).click();
  await signIn(page, agents.nadia);
  await page.goto('/agent/demarches');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'procedures-staff-title')));
  await checkA11y(page, '/agent/demarches');
  await page.getByRole('link', { name: FR_TITLE }).click();
  await expect(page).toHaveURL(/\/agent\/demarches\/carte-identite$/);
  await checkA11y(page, '/agent/demarches/carte-identite');
  await page.getByRole('link', { name: t('fr', 'procedures-edit-standard') }).click();
  await checkA11y(page, 'sheet editor (fr)');
  const delay = page.getByLabel(t('fr', 'procedures-part-delay'));
  const text = await delay.inputValue();
  await delay.fill(`${text.replace(/ \(vérifié le \d+\)$/, '')} (vérifié le ${Date.now()})`);
  await page.getByLabel(t('fr', 'procedures-edit-major')).check();
  await page.getByRole('button', { name: t('fr', 'procedures-publish') }).click();
  await expect(page.getByRole('status').filter({ hasText: loose(t('fr', 'procedures-published-ok')) })).toBeVisible();

  // The Turkish reader is warned; the translator finds the sheet in their list.
  await page.goto('/demarches/carte-identite?langue=tr&lang=tr');
  await expect(page.locator('.notice.warning')).toContainText(loose(t('tr', 'procedures-out-of-date'), { exact: false }));
  await page.goto('/agent/demarches?langue=tr&lang=fr');
  await expect(page.getByRole('row').filter({ hasText: FR_TITLE }).first()).toContainText(t('fr', 'procedures-translation-out-of-date'));
  await page.goto('/agent/demarches?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await checkA11y(page, '/agent/demarches (ar)');
  await page.goto('/agent/demarches/carte-identite?lang=ar');
  await checkA11y(page, '/agent/demarches/carte-identite (ar)');
});
