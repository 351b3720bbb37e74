import { expect } from '@playwright/test';
import { loose, t } from './i18n';
import { isNoJs, test } from './support';

test.describe('a browser asking for languages Guichet does not offer', () => {
  // A browser always sends Accept-Language; German is not an interface language, so the
  // page falls back to French exactly as with no header at all (checked over HTTP below).
  test.use({ locale: 'de-DE' });

  test('gets the home page in French, left to right, with the demo sites', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'home-title')));
    await expect(
      page.getByRole('link', { name: loose(t('fr', 'home-action-appointment'), { exact: false }) }),
    ).toBeVisible();
    // The sites of the demo town, each under its own heading.
    const sites = page
      .getByRole('region', { name: loose(t('fr', 'home-sites-title')) })
      .getByRole('heading', { level: 3 });
    await expect(sites.nth(1)).toBeVisible(); // at least two
    await expect(sites.filter({ hasText: 'Hôtel de ville' }).first()).toBeVisible();
    await expect(sites.filter({ hasText: 'France Services' }).first()).toBeVisible();
  });
});

test('without any Accept-Language the server answers in French', async ({ request }, testInfo) => {
  test.skip(isNoJs(testInfo), 'an HTTP request without a browser: the js project runs it once');
  const res = await request.get('/');
  expect(res.status()).toBe(200);
  const html = await res.text();
  const tag = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
  expect(tag).toContain('lang="fr"');
  expect(tag).toContain('dir="ltr"');
});

test.describe('a browser asking for Arabic', () => {
  test.use({ locale: 'ar' });

  test('gets the home page in Arabic, right to left', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('ar', 'home-title')));
  });
});

test('a chosen language is kept across navigation, and a shared link sets one', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // The picker is a <details>: it opens without JavaScript.
  await page.getByText(t('fr', 'language-picker-label'), { exact: true }).click();
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('uk', 'home-title')));

  // Following a link keeps it...
  await page
    .getByRole('link', { name: loose(t('uk', 'home-action-appointment'), { exact: false }) })
    .click();
  await expect(page).toHaveURL(/\/rendez-vous/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

  // ...and so does typing an address (the choice is in a cookie).
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('uk', 'home-title')));

  // A shared link chooses the language, here a right-to-left one.
  await page.goto('/?lang=fa');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  if (!isNoJs(testInfo)) {
    // Hydration keeps what the server wrote.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  }
});

test('an unknown address gives a translated "not found" page with status 404', async ({ page }) => {
  const res = await page.goto('/nexiste-pas');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'not-found-title')));
});
