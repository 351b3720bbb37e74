import { expect, type Page } from '@playwright/test';
import { agents, test as base, choose, enrolDevice, enrolWorkstation, expectAccessible, isNoJs, signIn } from './support';
import { t } from './i18n';

// axe-core is a script that runs inside the page, and a page with JavaScript disabled
// cannot run it (Playwright's evaluate hangs). In the nojs project the check therefore
// uses a JavaScript-enabled page whose own scripts (pkg/*.js, *.wasm) are blocked: it sees
// exactly the server-rendered markup a browser without JavaScript gets.
const test = base.extend({
  page: async ({ page, browser, baseURL, locale }, use, testInfo) => {
    if (!isNoJs(testInfo)) {
      await use(page);
      return;
    }
    const context = await browser.newContext({ baseURL, locale, javaScriptEnabled: true });
    await context.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
    await use(await context.newPage());
    await context.close();
  },
});

for (const path of [
  '/',
  '/?lang=ar',
  '/?lang=zh',
  '/rendez-vous',
  '/nexiste-pas',
  '/agent',
  '/agent/poste',
  // The queue's public pages, open or closed at the time the test runs; the kiosk and the
  // screen in a browser that is not theirs: their enrolment prompt.
  '/file',
  '/file/france-services-tilleuls',
  '/borne/hotel-de-ville?lang=ar',
  '/ecran/hotel-de-ville',
]) {
  test(`no axe-core violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    // The screen keeps its live stream open: the network is never idle there.
    if (!isNoJs(test.info())) {
      await page.waitForLoadState(path.startsWith('/ecran/') ? 'load' : 'networkidle');
    }
    await expectAccessible(page, path);
  });
}

test('no axe-core violation on an enrolled kiosk and screen', async ({ page }) => {
  const name = test.info().project.name;
  await enrolDevice(page, 'kiosk', 'hotel-de-ville', `Borne a11y ${name}`);
  await page.goto('/borne/hotel-de-ville?lang=ar');
  await expectAccessible(page, '/borne/hotel-de-ville?lang=ar (enrolled kiosk)');
  await enrolDevice(page, 'screen', 'hotel-de-ville', `Écran a11y ${name}`);
  await page.goto('/ecran/hotel-de-ville');
  if (!isNoJs(test.info())) await page.waitForLoadState('load');
  await expectAccessible(page, '/ecran/hotel-de-ville (enrolled screen)');
});

async function expectAllAccessible(page: Page, paths: string[]) {
  for (const path of paths) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
}

test('no axe-core violation on the staff screens', async ({ page }) => {
  await enrolWorkstation(page, 'Accueil a11y');
  await expectAccessible(page, '/agent (enrolled: agent chooser)');
  await choose(page, agents.julien);
  await expectAccessible(page, '/agent?agent=… (PIN form)');
  await page.getByLabel(t('fr', 'login-pin-label')).fill(agents.julien.pin);
  await page.getByRole('button', { name: t('fr', 'login-submit') }).click();
  await page.waitForURL(/\/agent\/accueil$/);
  await expectAccessible(page, '/agent/accueil');
  await expectAllAccessible(page, [
    // Appointments: the day and the week of a site, booking for a resident.
    '/agent/rendez-vous',
    '/agent/rendez-vous?vue=semaine',
    '/agent/rendez-vous/nouveau?motif=acte-naissance&lieu=hotel-de-ville',
    // The queue's desk.
    '/agent/file?lieu=hotel-de-ville',
    // The language panel: choosing, a phrase filled in Arabic, and turned to the resident.
    '/agent/interpretation',
    '/agent/interpretation?langue=ar&situation=appointments&phrase=phrase-appointments-date-time-place&date=2026-12-07&heure=14%3A30&lieu=H%C3%B4tel%20de%20ville&reponse=answer-repeat',
    '/agent/interpretation?langue=fa&phrase=phrase-documents-bring&pieces=une%20photo&montrer=1',
    // Interpreters and the town's own phrases (with the add form, for an administrator).
    '/agent/interpretation/interpretes',
    '/agent/interpretation/phrases',
  ]);
});

/** Julien is an administrator: he sees every page, with its administrator-only parts. */
async function expectAccessibleToAnAdministrator(page: Page, workstation: string, paths: string[]) {
  await enrolWorkstation(page, workstation);
  await signIn(page, agents.julien);
  await expectAllAccessible(page, paths);
}

test('no axe-core violation on the administration pages', async ({ page }) => {
  await expectAccessibleToAnAdministrator(page, 'Administration a11y', [
    '/agent/admin',
    '/agent/admin/postes',
    // The journal: empty on a new town, or the booking tests' messages.
    '/agent/admin/messages',
    '/agent/admin/file',
    // The booking settings, and a message template with a refused wording (its error) and
    // an e-mail in Arabic (right to left).
    '/agent/admin/reglages',
    '/agent/admin/reglages?erreur=admin-error-settings-waitlist-hold&reglage=garde-liste-attente&valeur=2000',
    '/agent/admin/modeles',
    '/agent/admin/modeles?type=confirmed&canal=sms&langue=fr&texte=RDV%20%7B%20%24dat%20%7D',
    '/agent/admin/modeles?type=offer&canal=email&langue=ar',
  ]);
});

test('no axe-core violation on the town and agents administration', async ({ page }) => {
  await expectAccessibleToAnAdministrator(page, 'Administration commune a11y', [
    '/agent/admin/lieux',
    '/agent/admin/motifs',
    '/agent/admin/motifs/import',
    '/agent/admin/motifs/import?texte=code%3Bnom%3Bservice%3Bdur%C3%A9e%0Aacte-naissance%3BActe%3Betat-civil%3B4',
    '/agent/admin/services',
    // Agents: the list, the import with a preview that has a problem.
    '/agent/admin/agents',
    '/agent/admin/agents/import',
    '/agent/admin/agents/import?csv=nom%3Br%C3%B4le%0ACamille%20Martin%3BMaire%0A',
    '/agent/admin/plannings',
  ]);
  await page.getByLabel(t('fr', 'agenda-agent'), { exact: true }).selectOption({ label: agents.camille.name });
  await page.getByRole('button', { name: t('fr', 'agenda-show') }).click();
  await expect(page.getByRole('heading', { name: t('fr', 'admin-absences') })).toBeVisible();
  await expectAccessible(page, '/agent/admin/plannings?agent=…');
  await page.goto('/agent/admin/agents');
  await page.getByRole('link', { name: agents.camille.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: agents.camille.name })).toBeVisible();
  await expectAccessible(page, '/agent/admin/agents/… (editor)');
});

test('no axe-core violation on the booking steps in Persian', async ({ page }) => {
  await page.goto('/rendez-vous?lang=fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  for (const path of [
    '/rendez-vous',
    '/rendez-vous?motif=acte-naissance',
    '/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville',
  ]) {
    await page.goto(path);
    await expectAccessible(page, `${path} (fa)`);
  }
});
