// A town sets Guichet up from nothing: an empty database, the first administrator made at
// the terminal, then everything through the administration pages (a site with its hours
// and a desk, a service, a reason for visits, two counsellors with skills and PINs, a kiosk
// and a screen). A resident then books that reason online, a visitor takes a ticket at
// the new kiosk, the new counsellor calls it and the new screen shows the call. Runs its
// own server on its own database (no demo town), JavaScript on and off; axe on every
// administration page in French and in Arabic.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { binary, env, repoRoot, tmpDir } from '../server';
import { clean, loose, t } from './i18n';
import { checkA11y, ENROLMENT_CODE, isNoJs, signIn, test } from './support';

const SITE = 'maison-services';
const SERVICE = 'solidarite';
const MOTIF = 'aide-energie';
const ALL_DAY = '00:00-23:59';
const admin = { name: 'Claire Dupont', pin: '8642' };
const lea = { name: 'Léa Petit', pin: '1593' };
const omar = { name: 'Omar Benali', pin: '7531' };

let server: ChildProcess | undefined;
let baseURL = '';
let serverEnv: Record<string, string> = {};

test.beforeAll(async ({}, testInfo) => {
  const nojs = isNoJs(testInfo);
  const port = 3300 + (nojs ? 1 : 0);
  const dir = path.join(tmpDir, `new-town-${testInfo.project.name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  baseURL = `http://127.0.0.1:${port}`;
  serverEnv = {
    ...env,
    DATABASE_URL: `sqlite://${path.join(dir, 'town.db')}?mode=rwc`,
    GUICHET_SECRET_KEY_FILE: path.join(dir, 'secret.key'),
    GUICHET_BIND: `127.0.0.1:${port}`,
    GUICHET_PUBLIC_URL: baseURL,
    GUICHET_DEMO_DATA: 'false',
    // The suite's server already receives mail on the intake's port.
    GUICHET_MAIL_INTAKE_BIND: '',
  };
  server = spawn(binary, [], { cwd: repoRoot, env: serverEnv, stdio: 'ignore' });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${baseURL}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the empty town's server did not start on ${baseURL}`);
});

test.afterAll(() => {
  server?.kill();
});

/** `guichet <args>` on the empty town's database, as its technician runs it. */
function guichet(args: string[], input = ''): string {
  return execFileSync(binary, args, { cwd: repoRoot, env: serverEnv, input, encoding: 'utf8', timeout: 30_000 });
}

async function newContext(browser: Browser, js: boolean, locale = 'fr-FR'): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale, timezoneId: 'Europe/Paris', javaScriptEnabled: js });
}

/** Opens a `<details>` holding `inner` (a "new …" form), unless it is open already. */
async function openDetails(page: Page, inner: string) {
  const details = page.locator('details', { has: page.locator(inner) });
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await expect(page.locator(inner)).toBeVisible();
}

/** The submit button of the form that holds `inner`. */
function submitOf(page: Page, inner: string, label: string) {
  return page.locator('form', { has: page.locator(inner) }).getByRole('button', { name: t('fr', label) });
}

test('a town starts from an empty database and serves its first residents', async ({ browser }, testInfo) => {
  test.setTimeout(240_000);
  const js = !isNoJs(testInfo);

  // The terminal: the first administrator (PIN typed twice) and the desk computer's code.
  expect(guichet(['create-admin', admin.name], `${admin.pin}\n${admin.pin}\n`)).toContain(admin.name);
  const deskCode = guichet(['enrol-workstation', 'Accueil'])
    .split('\n')
    .map((l) => l.trim())
    .find((l) => ENROLMENT_CODE.test(l))!;

  const desk = await newContext(browser, js);
  const page = await desk.newPage();
  await page.goto('/agent/poste');
  await page.getByLabel(t('fr', 'enrol-code-label')).fill(deskCode);
  await page.getByRole('button', { name: t('fr', 'enrol-submit') }).click();
  await signIn(page, admin);

  await page.goto('/agent/admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'section-admin')));
  await checkA11y(page, '/agent/admin');

  // A service.
  await page.goto('/agent/admin/services');
  await openDetails(page, '#service-new-slug');
  await page.locator('#service-new-slug').fill(SERVICE);
  await page.locator('#service-new-name').fill('Solidarité');
  await page.locator('#service-new-letter').fill('S');
  await page.locator('#service-new-position').fill('1');
  await submitOf(page, '#service-new-slug', 'town-create').click();
  await expect(page.locator('.notice.ok')).toBeVisible();
  await checkA11y(page, '/agent/admin/services');

  // A site open every day (so that the test runs whatever the day), then its desk.
  await page.goto('/agent/admin/lieux');
  await openDetails(page, '#site-new-slug');
  await page.locator('#site-new-slug').fill(SITE);
  await page.locator('#site-new-name').fill('Maison des services');
  await page.locator('#site-new-address').fill('2 place du Marché');
  await page.locator('#site-new-postal').fill('89000');
  await page.locator('#site-new-city').fill('Villeneuve');
  for (let day = 0; day < 7; day++) await page.locator(`#site-new-hours-h${day}`).fill(ALL_DAY);
  await submitOf(page, '#site-new-slug', 'town-create').click();
  await expect(page.locator('.notice.ok')).toBeVisible();
  const deskInput = `#desk-new-${SITE}-label`;
  await page.locator(deskInput).fill('Guichet 1');
  await submitOf(page, deskInput, 'admin-add').click();
  await expect(page.locator('.notice.ok')).toBeVisible();
  await checkA11y(page, '/agent/admin/lieux');

  // A reason for visits, bookable online from now on.
  await page.goto('/agent/admin/motifs');
  await openDetails(page, '#motif-new-slug');
  await page.locator('#motif-new-slug').fill(MOTIF);
  await page.locator('#motif-new-name').fill("Aide pour les factures d'énergie");
  await page.locator('#motif-new-service').selectOption(SERVICE);
  await page.locator('#motif-new-duration').fill('15');
  await page.locator('#motif-new-buffer').fill('0');
  await page.locator('#motif-new-min').fill('0');
  await page.locator('#motif-new-max').fill('30');
  await submitOf(page, '#motif-new-slug', 'town-create').click();
  await expect(page.locator('.notice.ok')).toBeVisible();
  await checkA11y(page, '/agent/admin/motifs');

  // Two counsellors who handle the service, each with a PIN and a week at the site.
  for (const [agent, lang] of [[lea, 'fr'], [omar, 'ar']] as const) {
    await page.goto('/agent/admin/agents');
    await openDetails(page, '#new-name');
    await page.locator('#new-name').fill(agent.name);
    await page.locator('#new-role').selectOption('counsellor');
    await page.locator(`#new-service-${SERVICE}`).check();
    await page.locator(`#new-lang-${lang}`).check();
    await page.locator('#new-pin').fill(agent.pin);
    await page.locator('#new-confirmation').fill(agent.pin);
    await submitOf(page, '#new-name', 'agents-create').click();
    await expect(page).toHaveURL(/\/agent\/admin\/agents\/\d+/);
    await checkA11y(page, `/agent/admin/agents/<${agent.name}>`);

    await page.goto('/agent/admin/plannings');
    await page.locator('#agent').selectOption({ label: agent.name });
    await page.getByRole('button', { name: t('fr', 'agenda-show') }).click();
    for (let day = 0; day < 7; day++) await page.locator(`#schedule-${SITE}-h${day}`).fill(ALL_DAY);
    await submitOf(page, `#schedule-${SITE}-h0`, 'admin-save').click();
    await expect(page.locator('.notice.ok')).toBeVisible();
  }
  await page.goto('/agent/admin/agents');
  for (const agent of [lea, omar]) await expect(page.locator('table')).toContainText(agent.name);
  await checkA11y(page, '/agent/admin/agents');

  // A kiosk and a screen for the site: each code is typed on the device itself.
  const devices = await newContext(browser, js);
  const enrolled: Record<string, Page> = {};
  for (const [kind, path] of [['borne', `/borne/${SITE}`], ['ecran', `/ecran/${SITE}`]] as const) {
    await page.goto('/agent/admin/postes');
    await page.locator('#site-device-kind').selectOption(kind);
    await page.locator('#site-device-site').selectOption(SITE);
    await page.locator('#site-device-name').fill(kind === 'borne' ? 'Borne entrée' : 'Écran salle');
    await submitOf(page, '#site-device-kind', 'devices-create-site-device').click();
    const code = clean(await page.locator('.notice .code').textContent()).trim();
    expect(code).toMatch(ENROLMENT_CODE);
    const device = await devices.newPage();
    await device.goto(`${path}?lang=fr`);
    await device.getByLabel(t('fr', 'devices-enrol-code-label')).fill(code);
    await device.getByRole('button', { name: t('fr', 'devices-enrol-submit') }).click();
    await expect(device.getByLabel(t('fr', 'devices-enrol-code-label'))).toHaveCount(0);
    enrolled[kind] = device;
  }
  await checkA11y(page, '/agent/admin/postes');

  // The administration in Arabic, right to left, for axe too.
  for (const p of ['/agent/admin', '/agent/admin/lieux', '/agent/admin/services', '/agent/admin/motifs',
    '/agent/admin/agents', '/agent/admin/postes']) {
    await page.goto(`${p}?lang=ar`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await checkA11y(page, `${p} (ar)`);
  }
  await page.goto('/agent/admin?lang=fr');

  // A resident books the new reason online.
  const resident = await newContext(browser, js);
  const phone = await resident.newPage();
  await phone.goto(`/rendez-vous?motif=${MOTIF}&lieu=${SITE}&lang=fr`);
  for (let week = 0; week < 4 && (await phone.locator('a.slot').count()) === 0; week++) {
    await phone.getByRole('link', { name: t('fr', 'booking-next-week') }).first().click();
  }
  await phone.locator('a.slot').first().click();
  await phone.getByLabel(t('fr', 'contact-name'), { exact: true }).fill('Nina Lambert');
  await phone.getByLabel(t('fr', 'contact-email'), { exact: true }).fill(`nina-${testInfo.project.name}@example.org`);
  await phone.getByRole('button', { name: t('fr', 'contact-submit') }).click();
  await phone.getByRole('button', { name: t('fr', 'review-confirm') }).click();
  await expect(phone.getByRole('heading', { name: t('fr', 'appointment-booked') })).toBeVisible();

  // A visitor takes a ticket at the new kiosk.
  const kiosk = enrolled.borne;
  await kiosk.goto(`/borne/${SITE}?lang=fr`);
  const family = kiosk.locator(`a.kiosk-button[href*="service=${SERVICE}"]`);
  if (await family.count()) await family.click();
  await kiosk.locator('a.kiosk-button[href*="motif="]').first().click();
  await kiosk.getByRole('button', { name: t('fr', 'queue-priority-none') }).click();
  await expect(kiosk).toHaveURL(new RegExp(`/borne/${SITE}/ticket/[0-9a-f]+`));
  const ticket = clean(await kiosk.locator('.receipt-number').textContent()).trim();
  expect(ticket).toMatch(/^S\d{3}$/);

  // Léa takes the desk computer and calls the next visitor: the ticket.
  await page.getByRole('button', { name: t('fr', 'staff-switch') }).click();
  await expect(page).toHaveURL(/\/agent(\?[^/]*)?$/);
  await signIn(page, lea);
  await page.goto(`/agent/file?lieu=${SITE}&file=commune`);
  const deskValue = await page.locator('#guichet option').filter({ hasText: 'Guichet 1' }).getAttribute('value');
  await page.goto(`/agent/file?lieu=${SITE}&file=commune&guichet=${deskValue}`);
  await page.getByRole('button', { name: t('fr', 'queue-call-next') }).click();
  await expect(page.locator('.visitor-code')).toHaveText(ticket);

  // The new screen shows the call (live with JavaScript; on its next load without).
  const screen = enrolled.ecran;
  if (!js) await screen.goto(`/ecran/${SITE}`);
  await expect(screen.locator('.calls li').first().locator('.call-code')).toHaveText(ticket, { timeout: 10_000 });
  await expect(screen.locator('.calls li').first().locator('.call-desk')).toHaveText('Guichet 1');

  await Promise.all([desk.close(), devices.close(), resident.close()]);
});
