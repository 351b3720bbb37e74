import { agents, test as base, choose, enrolWorkstation, expectAccessible, isNoJs } from './support';
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

for (const path of ['/', '/?lang=ar', '/?lang=zh', '/rendez-vous', '/nexiste-pas', '/agent', '/agent/poste']) {
  test(`no axe-core violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    if (!isNoJs(test.info())) await page.waitForLoadState('networkidle');
    await expectAccessible(page, path);
  });
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
  await page.goto('/agent/admin/postes');
  await expectAccessible(page, '/agent/admin/postes');
  // The demo load leaves no message; the empty journal is what a new town sees first.
  await page.goto('/agent/admin/messages');
  await expectAccessible(page, '/agent/admin/messages');
  await page.goto('/agent/admin');
  await expectAccessible(page, '/agent/admin');
});
