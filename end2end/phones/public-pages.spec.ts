// What a resident's first visit to each public page costs on a mid phone (issue 17): CPU
// slowed 4×, 1.6 Mbps down, 750 kbps up, 150 ms latency, 360×740. Each page is opened in a
// new browser context (nothing cached), then once more in the same one (what a second
// visit downloads again). Per page: bytes transferred as served (compressed, headers
// included: HTML, JS, wasm, CSS, fonts), requests, time to the first content, and time
// until its controls respond: the app's `guichet-hydrated` mark on pages with the wasm,
// the end of parsing on pages the server renders alone (their plain forms work then).
// Budgets in budgets/phones.txt; besides, no resident's page may load the app's script or
// wasm (the staff's code stays off their phones), and a second visit may fetch no static
// file again (hashed names, kept a year). The table goes to end2end/.tmp/phones.md.

import { expect, type Browser } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { callUntil, closeCurrent, isFrenchHoliday, openDesk, parisToday, setTodaysHours, SITE, switchTo } from '../tests/desk';
import { t } from '../tests/i18n';
import { agents, enrolWorkstation, signIn, test } from '../tests/support';
import { repoRoot, tmpDir } from '../server';

type Measure = {
  page: string;
  url: string;
  bytes: number;
  requests: number;
  wasm: boolean;
  contentMs: number;
  readyMs: number;
  againBytes: number;
  /** Static files (scripts, wasm, styles, images, fonts) the second visit fetched again. */
  againAssets: string[];
  /** The app's own scripts and wasm the first visit loaded (none on a resident's page). */
  appCode: string[];
  timed: boolean;
};

function budget(name: string): number {
  const text = readFileSync(path.join(repoRoot, 'budgets', 'phones.txt'), 'utf8');
  const m = new RegExp(`^${name}\\s*=\\s*([0-9.]+)`, 'm').exec(text);
  if (!m) throw new Error(`no ${name} in budgets/phones.txt`);
  return Number(m[1]);
}

/** A mid phone, nothing cached. */
async function phone(browser: Browser) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1_600_000 / 8,
    uploadThroughput: 750_000 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const counted = { bytes: 0, requests: 0, assets: [] as string[], appCode: [] as string[] };
  const sent = new Map<string, { url: string; type: string }>();
  cdp.on('Network.requestWillBeSent', (e) => sent.set(e.requestId, { url: e.request.url, type: e.type ?? '' }));
  cdp.on('Network.loadingFinished', (e) => {
    counted.bytes += e.encodedDataLength;
    counted.requests += 1;
    const request = sent.get(e.requestId);
    if (!request) return;
    const { pathname } = new URL(request.url);
    // Something came over the network (a 304 too): a file from the cache has no bytes.
    if (e.encodedDataLength > 0 && (pathname.startsWith('/pkg/') || ['Stylesheet', 'Script', 'Image', 'Font'].includes(request.type))) {
      counted.assets.push(pathname);
    }
    if (/^\/pkg\/.*\.(m?js|wasm)$/.test(pathname)) counted.appCode.push(pathname);
  });
  return { context, page, counted };
}

/** Opens `url` on a fresh phone, then again; `timed` pages have the time budgets too. */
async function measure(browser: Browser, name: string, url: string, timed: boolean): Promise<Measure> {
  const { context, page, counted } = await phone(browser);
  const open = async () => {
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    expect(response?.status(), `${name}: ${url}`).toBeLessThan(400);
    const wasm = (await page.locator('link[href$=".wasm"]').count()) > 0;
    if (wasm) {
      await page.waitForFunction(() => performance.getEntriesByName('guichet-hydrated').length > 0, null, { timeout: 60_000 });
    }
    // Until nothing more arrives for a second (a live page keeps its event stream open,
    // so the network is never idle).
    for (let last = -1, waited = 0; last !== counted.requests && waited < 15_000; waited += 1_000) {
      last = counted.requests;
      await page.waitForTimeout(1_000);
    }
    const times = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const hydrated = performance.getEntriesByName('guichet-hydrated')[0];
      return { content: paint ? paint.startTime : -1, ready: hydrated ? hydrated.startTime : nav.domContentLoadedEventEnd };
    });
    return { wasm, ...times };
  };
  const first = await open();
  console.log(`${name}: ${(counted.bytes / 1024).toFixed(1)} KB, ${counted.requests} requests`);
  const bytes = counted.bytes;
  const requests = counted.requests;
  const appCode = [...counted.appCode];
  counted.bytes = 0;
  counted.assets = [];
  await open();
  const againBytes = counted.bytes;
  const againAssets = [...counted.assets];
  await context.close();
  return {
    page: name,
    url,
    bytes,
    requests,
    wasm: first.wasm,
    contentMs: Math.round(first.content),
    readyMs: Math.round(first.ready),
    againBytes,
    againAssets,
    appCode,
    timed,
  };
}

test('the public pages on a mid phone', async ({ browser, page }) => {
  const results: Measure[] = [];
  const add = async (name: string, url: string, timed = false) => results.push(await measure(browser, name, url, timed));

  // Booking, step by step, each opened from its address as a shared link would be.
  await add('/', '/', true);
  await add('/rendez-vous: motif', '/rendez-vous', true);
  await add('/rendez-vous: site', '/rendez-vous?motif=acte-naissance', true);
  await add('/rendez-vous: time', '/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville', true);
  // The contact step: the second free time's link (the first may be taken meanwhile).
  await page.goto('/rendez-vous?motif=acte-naissance&lieu=hotel-de-ville');
  const contactUrl = await page.locator('a.slot').nth(1).getAttribute('href');
  expect(contactUrl).toBeTruthy();
  await add('/rendez-vous: contact', contactUrl!, true);
  // The review step and the appointment's page, from a booking made here.
  await page.goto(contactUrl!);
  await page.getByLabel(t('fr', 'contact-name'), { exact: true }).fill('Awa Diallo');
  await page.getByLabel(t('fr', 'contact-phone'), { exact: true }).fill('06 12 34 56 09');
  await page.getByRole('button', { name: t('fr', 'contact-submit') }).click();
  await expect(page).toHaveURL(/etape=verifier/);
  await add('/rendez-vous: review', page.url(), true);
  await page.getByRole('button', { name: t('fr', 'review-confirm') }).click();
  await expect(page).toHaveURL(/\/rendez-vous\/[0-9a-f]{32}/);
  await add('/rendez-vous/<token>', page.url().replace(/\?.*$/, ''));

  await add('/suivi', '/suivi');
  await page.goto('/demarches');
  const sheet = await page.locator('a[href^="/demarches/"]').first().getAttribute('href');
  await add('/demarches/<slug>', sheet!);

  // The queue from home: a ticket, then (after a visit at the desk) its survey.
  const [y, m, d, weekday] = parisToday();
  if (!isFrenchHoliday(y, m, d)) {
    await enrolWorkstation(page, 'Banc téléphones');
    await signIn(page, agents.julien);
    await setTodaysHours(page, weekday, '00:00-23:59');
    await add(`/file/${SITE}`, `/file/${SITE}`);
    const resident = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL, locale: 'fr-FR' });
    const own = await resident.newPage();
    await own.goto(`/file/${SITE}`);
    await own.locator('#motif').selectOption((await own.locator('#motif option').first().getAttribute('value'))!);
    await own.getByRole('button', { name: t('fr', 'queue-take') }).click();
    await expect(own).toHaveURL(/\/ticket\/[0-9a-f]+/);
    const ticketUrl = own.url();
    const code = (await own.locator('.receipt-number').textContent())!.trim();
    await add('/ticket/<token>', ticketUrl);
    await switchTo(page, agents.camille);
    await openDesk(page, 'commune', 1);
    await callUntil(page, code);
    await closeCurrent(page, 'handled');
    await own.goto(ticketUrl);
    const survey = await own.getByRole('link', { name: t('fr', 'queue-survey-link') }).getAttribute('href');
    await add('/avis/<token>', survey!);
    await resident.close();
  }

  // The report, and the budgets.
  const kb = (b: number) => (b / 1024).toFixed(1);
  const lines = [
    '| page | KB first visit | requests | wasm | first content ms | controls respond ms | KB second visit |',
    '|---|---|---|---|---|---|---|',
    ...results.map((r) => `| ${r.page} | ${kb(r.bytes)} | ${r.requests} | ${r.wasm ? 'yes' : 'no'} | ${r.contentMs} | ${r.readyMs} | ${kb(r.againBytes)} |`),
  ];
  writeFileSync(path.join(tmpDir, 'phones.md'), lines.join('\n') + '\n');
  console.log(lines.join('\n'));
  const [maxKb, contentMs, readyMs] = [budget('page_kb'), budget('content_ms'), budget('hydrated_ms')];
  const over = results.flatMap((r) => [
    ...(r.bytes / 1024 > maxKb ? [`${r.page}: ${kb(r.bytes)} KB > ${maxKb} KB`] : []),
    ...(r.timed && r.contentMs > contentMs ? [`${r.page}: first content ${r.contentMs} ms > ${contentMs} ms`] : []),
    ...(r.timed && r.readyMs > readyMs ? [`${r.page}: controls respond at ${r.readyMs} ms > ${readyMs} ms`] : []),
    // The staff's code never reaches a resident's phone: their pages load none of the app's.
    ...(r.appCode.length > 0 ? [`${r.page}: loads the app's code ${r.appCode.join(', ')}`] : []),
    // Static files carry their hash and are kept: a second visit fetches the page alone.
    ...(r.againAssets.length > 0 ? [`${r.page}: second visit fetched again ${r.againAssets.join(', ')}`] : []),
  ]);
  expect(over, 'budgets/phones.txt: make the pages lighter, never the budget larger').toEqual([]);
});
