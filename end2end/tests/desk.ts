// The front desk, as the end-to-end tests drive it: today in Paris, the site's hours, the
// shared desk computer (who is signed in), a desk of a queue, calling until a given
// ticket comes up and closing the visit. Used by the queue and survey specs.

import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { clean, loose, t } from './i18n';
import { signIn, test, type Agent } from './support';

/** The demo town's main site. */
export const SITE = 'hotel-de-ville';
const HOURS_INPUT = (weekday: number) => `#site-${SITE}-hours-h${weekday}`;

/** Today in Paris as [year, month (1-12), day, weekday (0 = Monday)]. */
export function parisToday(): [number, number, number, number] {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
  }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return [Number(get('year')), Number(get('month')), Number(get('day')), weekday];
}

/** Whether `y-m-d` is a French public holiday (mainland), when every site is closed. */
export function isFrenchHoliday(y: number, m: number, d: number): boolean {
  // Easter Sunday (anonymous Gregorian computus).
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((8 * b + 13) / 25)) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  const day = ((h + l - 7 * mm + 114) % 31) + 1;
  const easter = Date.UTC(y, month - 1, day);
  const key = (t: number) => new Date(t).toISOString().slice(5, 10);
  const movable = [1, 39, 50].map((n) => key(easter + n * 86_400_000));
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];
  const today = `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return fixed.includes(today) || movable.includes(today);
}

export async function newContext(browser: Browser, js: boolean, locale: string, mobile = false): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale,
    timezoneId: 'Europe/Paris',
    javaScriptEnabled: js,
    viewport: mobile ? { width: 360, height: 740 } : { width: 1280, height: 800 },
  });
}

/** Signs `agent` in on the shared desk computer, after whoever was there. */
export async function switchTo(page: Page, agent: Agent) {
  await page.goto('/agent/accueil');
  const leave = page.getByRole('button', { name: t('fr', 'staff-switch') });
  if (await leave.count()) await leave.click();
  await expect(page).toHaveURL(/\/agent(\?[^/]*)?$/);
  await signIn(page, agent);
}

/** Sets today's opening hours of the site and returns what they were. */
export async function setTodaysHours(page: Page, weekday: number, hours: string): Promise<string> {
  await page.goto('/agent/admin/lieux');
  const input = page.locator(HOURS_INPUT(weekday));
  const before = await input.inputValue();
  await input.fill(hours);
  const form = page.locator('form', { has: input });
  await form.getByRole('button', { name: t('fr', 'admin-save') }).click();
  await expect(page.locator('.notice.ok')).toHaveText(loose(t('fr', 'admin-saved')));
  await expect(page.locator(HOURS_INPUT(weekday))).toHaveValue(hours);
  return before;
}

/** The desk page for `desk` and `queue`, with the option labels of the desk select. */
export async function openDesk(page: Page, queue: string, deskIndex: number): Promise<string> {
  await page.goto(`/agent/file?lieu=${SITE}&file=${queue}`);
  const option = page.locator('#guichet option').nth(deskIndex);
  const desk = await option.getAttribute('value');
  const label = clean(await option.textContent()).trim();
  await page.goto(`/agent/file?lieu=${SITE}&file=${queue}&guichet=${desk}`);
  await expect(page.getByRole('heading', { name: t('fr', 'queue-current') })).toBeVisible();
  return label;
}

/** Closes the visit at the desk (starting it first when the visitor was only called). */
export async function closeCurrent(page: Page, outcome: 'handled' | 'follow_up', note = '') {
  const status = page.locator('.visitor-status');
  const inService = loose(t('fr', 'queue-status-in-service'));
  if (!inService.test(clean(await status.textContent()))) {
    await page.getByRole('button', { name: t('fr', 'queue-start'), exact: true }).click();
    await expect(status).toHaveText(inService);
  }
  const form = page.locator('form.desk-form', { has: page.getByRole('heading', { name: t('fr', 'queue-close') }) });
  await form.locator(`input[name="outcome"][value="${outcome}"]`).check();
  if (note) await form.getByLabel(t('fr', 'queue-note')).fill(note);
  await form.getByRole('button', { name: t('fr', 'queue-close') }).click();
  await expect(page.getByRole('button', { name: t('fr', 'queue-call-next') })).toBeVisible();
}

/**
 * Calls the next visitor until it is `code`. Earlier visitors (an appointment checked in by
 * another test, a run that stopped half-way) are served and closed on the way, as a
 * counsellor would.
 */
export async function callUntil(page: Page, code: string) {
  for (let round = 0; round < 30; round++) {
    if (await page.locator('.visitor-card').count()) {
      const current = clean(await page.locator('.visitor-code').textContent()).trim();
      if (current === code) return;
      await closeCurrent(page, 'handled');
    }
    await page.getByRole('button', { name: t('fr', 'queue-call-next') }).click();
    await expect(page.locator('.visitor-code')).toBeVisible();
  }
  throw new Error(`ticket ${code} never came up at the desk`);
}
