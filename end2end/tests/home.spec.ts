import { expect, test } from '@playwright/test';
import { clean, isNoJs, msg } from './support';

test('home is in French by default, left to right', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'home-title'));
  await expect(page.getByRole('link', { name: new RegExp(msg('fr', 'home-action-appointment')) })).toBeVisible();
  // Both demo sites with today's situation.
  const sites = page.locator('#horaires').getByRole('heading', { level: 3 });
  await expect(sites).toHaveCount(2);
  await expect(sites.first()).toContainText('Hôtel de ville');
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar' });
  test('the browser language gives Arabic, right to left', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const h1 = await page.getByRole('heading', { level: 1 }).textContent();
    expect(clean(h1 ?? '')).toBe(msg('ar', 'home-title'));
  });
});

test('a chosen language is kept across navigation and in shared links', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByText(msg('fr', 'language-picker-label'), { exact: true }).click();
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  const h1 = await page.getByRole('heading', { level: 1 }).textContent();
  expect(clean(h1 ?? '')).toBe(msg('uk', 'home-title'));

  await page.getByRole('link', { name: new RegExp(msg('uk', 'home-action-appointment')) }).click();
  await expect(page).toHaveURL(/\/rendez-vous$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');

  await page.goto('/?lang=fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  if (!isNoJs(testInfo)) {
    // After hydration the attributes are still right.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  }
});

test('an unknown address gives a translated 404', async ({ page }) => {
  const res = await page.goto('/nexiste-pas');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'not-found-title'));
});
