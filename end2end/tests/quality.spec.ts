// Quality: the supervisor's /agent/pilotage over the demo town's activity (filters kept in
// the address, charts with their tables, the print view, the CSV export a French
// spreadsheet opens), and everyone's /statistiques, in French and in Arabic, JavaScript on
// and off, with axe.

import { expect, type Browser, type Page } from '@playwright/test';
import { loose, t } from './i18n';
import { agents, checkA11y, enrolWorkstation, isNoJs, signIn, test } from './support';

/** A resident's phone: 360 px wide. */
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

test('the quality lead filters the indicators by site, prints them and exports the CSV', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await enrolWorkstation(page, `Pilotage ${testInfo.project.name}`);
  await signIn(page, agents.nadia);
  await page.goto('/agent/pilotage');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'quality-title')));
  const visitors = page.locator('#kpi-visitors').locator('xpath=..').locator('.kpi-value');
  await expect(visitors).toHaveText(/^\d+$/);
  const allSites = Number(await visitors.textContent());
  expect(allSites).toBeGreaterThan(100);
  await checkA11y(page, '/agent/pilotage');

  // One site: the filter lands in the address, the figures follow.
  await page.getByLabel(t('fr', 'quality-site'), { exact: true }).selectOption({ label: 'Hôtel de ville' });
  await page.getByRole('button', { name: t('fr', 'quality-show') }).click();
  await expect(page).toHaveURL(/[?&]lieu=\d+/);
  await expect(page.getByLabel(t('fr', 'quality-site'), { exact: true })).toHaveValue(/\d+/);
  const oneSite = Number(await visitors.textContent());
  expect(oneSite).toBeGreaterThan(0);
  expect(oneSite).toBeLessThan(allSites);

  // A chart's data, as a table.
  const chart = page.locator('figure.chart').first();
  await expect(chart.getByRole('img')).toBeVisible();
  await chart.getByText(t('fr', 'quality-chart-data')).click();
  await expect(chart.getByRole('table')).toBeVisible();

  // The export: the filters on screen, a BOM, semicolons, accents right.
  const exportLink = page.getByRole('link', { name: t('fr', 'quality-export-figures') });
  const href = await exportLink.getAttribute('href');
  expect(href).toMatch(/lieu=\d+/);
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  const body = (await response.body()).toString('utf8');
  expect(body.charCodeAt(0)).toBe(0xfeff);
  expect(body).toContain(`Visiteurs;nombre;${oneSite};`);
  expect(body).toContain(';Attente médiane;minutes;');

  // The print view: the same figures, without the forms.
  await page.getByRole('link', { name: t('fr', 'quality-print') }).click();
  await expect(page).toHaveURL(/\/agent\/pilotage\/imprimer\?.*lieu=\d+/);
  await expect(page.locator('.quality-filters')).toHaveCount(0);
  await expect(visitors).toHaveText(String(oneSite));

  // The same page in Arabic, right to left.
  await page.goto('/agent/pilotage?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('ar', 'quality-title')));
  await checkA11y(page, '/agent/pilotage (ar)');
  await page.goto('/agent/pilotage/resultats?lang=fr');
  await checkA11y(page, '/agent/pilotage/resultats');
});

test('everyone reads the town results on a phone, in French and in Arabic', async ({ browser }, testInfo) => {
  const js = !isNoJs(testInfo);
  for (const [locale, lang] of [['fr-FR', 'fr'], ['ar', 'ar']] as const) {
    const page = await phone(browser, js, locale);
    await page.goto(`/statistiques?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const year = new Date().getFullYear();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(year));
    await expect(page.getByRole('heading', { name: t(lang, 'quality-results-town') })).toBeVisible();
    await expect(page.getByText(t(lang, 'quality-indicator-satisfaction'), { exact: true }).first()).toBeVisible();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]);
    await checkA11y(page, `/statistiques (${lang})`);
    await page.context().close();
  }
});
