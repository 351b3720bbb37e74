// A flash survey, end to end, with JavaScript on and off: a resident takes a ticket from
// home on their phone, in Persian, leaving their number; a counsellor calls and closes the
// visit at the desk; the survey SMS appears once in the message journal, in Persian, held
// for a sensible hour; the resident opens its link on the phone, taps a face, answers a
// question and leaves a comment with their number in it; the quality lead sees the answer
// counted on /agent/pilotage and finds it in the answers' CSV, number masked, accents right.

import { expect, type Page } from '@playwright/test';
import { callUntil, closeCurrent, isFrenchHoliday, newContext, openDesk, parisToday, setTodaysHours, SITE, switchTo } from './desk';
import { clean, loose, t, tPrefix } from './i18n';
import { agents, checkA11y, enrolWorkstation, isNoJs, signIn, test } from './support';

/** The survey answers counted on /agent/pilotage (default period): [answered, asked]. */
async function responses(page: Page): Promise<[number, number]> {
  await page.goto('/agent/pilotage');
  const counts = page.locator('#kpi-response-rate').locator('xpath=..').locator('.kpi-counts');
  await expect(counts).toHaveText(/\d+\D+\d+/);
  const [part, of] = (clean(await counts.textContent()).match(/\d+/g) ?? []).map(Number);
  return [part, of];
}

/** A regular expression for a French mobile number as a page may print it: `+33 6 12…`. */
function anyWayWritten(national: string): RegExp {
  const digits = national.replace(/\D/g, '').replace(/^0/, '');
  return new RegExp(`(\\+33|0)\\s?${digits.split('').join('[\\s.]?')}`);
}

test('a visit closed at the desk is followed by a survey SMS, answered in Persian on a phone and counted', async ({ browser, page }, testInfo) => {
  test.setTimeout(180_000);
  const js = !isNoJs(testInfo);
  const [y, m, d, weekday] = parisToday();
  test.skip(isFrenchHoliday(y, m, d), 'every site is closed on a public holiday: no ticket can be taken');
  // One number per project: both runs share the server and its journal.
  const number = js ? '06 12 34 50 01' : '06 12 34 50 02';

  // The town hall open all day, so that the test runs at any hour (put back at the end).
  await enrolWorkstation(page, `Enquête ${testInfo.project.name}`);
  await signIn(page, agents.julien);
  const hoursBefore = await setTodaysHours(page, weekday, '00:00-23:59');

  // What the quality lead sees before.
  await switchTo(page, agents.nadia);
  const [answeredBefore, askedBefore] = await responses(page);

  // The resident, at home, on a phone in Persian: a ticket, with their number.
  const phoneContext = await newContext(browser, js, 'fa', true);
  const phone = await phoneContext.newPage();
  await phone.goto(`/file/${SITE}`);
  await expect(phone.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
  const motif = await phone.locator('#motif option').first().getAttribute('value');
  await phone.locator('#motif').selectOption(motif!);
  await phone.getByLabel(t('fa', 'queue-phone-label')).fill(number);
  await phone.getByRole('button', { name: t('fa', 'queue-take') }).click();
  await expect(phone).toHaveURL(/\/ticket\/[0-9a-f]+/);
  const code = clean(await phone.locator('.receipt-number').textContent()).trim();
  expect(code).toMatch(/^[A-Z]\d{3}$/);

  // Camille calls and serves the visitor, then closes the visit.
  await switchTo(page, agents.camille);
  await openDesk(page, 'commune', 1);
  await callUntil(page, code);
  await closeCurrent(page, 'handled');

  // The survey SMS, once, in Persian, waiting for its hour (at least 30 minutes after the
  // visit), in the administrator's journal.
  await switchTo(page, agents.julien);
  const ours = page
    .locator('tbody tr')
    .filter({ has: page.locator('td:nth-child(2)', { hasText: anyWayWritten(number) }) })
    .filter({ hasText: /\/avis\/[0-9a-f]+/ });
  await expect(async () => {
    await page.goto('/agent/admin/messages');
    await expect(ours).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const text = ours.locator('td:nth-child(3)');
  await expect(text).toHaveAttribute('lang', 'fa');
  await expect(text).toContainText(tPrefix('fa', 'surveys-sms-visit'));
  await expect(ours.locator('td:nth-child(4)')).toContainText(t('fr', 'notification-status-pending'));
  await expect(ours.locator('.message-planned')).toContainText(tPrefix('fr', 'messages-planned'));
  const link = clean(await text.textContent()).match(/\/avis\/[0-9a-f]+/)![0];
  await checkA11y(page, '/agent/admin/messages');
  // The same survey in French (a resident may switch language): accessible too.
  const french = await page.context().newPage();
  await french.goto(`${link}?lang=fr`);
  await expect(french.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(french.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'surveys-question-visit')));
  await checkA11y(french, '/avis/… (fr)');
  await french.close();

  // The resident opens the link on the phone: Persian, three faces, one tap.
  await phone.goto(link);
  await expect(phone.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(phone.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(loose(t('fa', 'surveys-question-visit')));
  await checkA11y(phone, '/avis/… (fa)');
  await phone.getByRole('button', { name: t('fa', 'surveys-score-happy'), exact: true }).click();
  await expect(phone.getByText(t('fa', 'surveys-recorded'))).toBeVisible();
  await phone.getByLabel(t('fa', 'surveys-clear-yes'), { exact: true }).check();
  const comment = `کارمند خیلی صبور بود. شماره من ${number} است.`;
  await phone.getByLabel(t('fa', 'surveys-comment')).fill(comment);
  await phone.getByRole('button', { name: t('fa', 'surveys-send') }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(loose(t('fa', 'surveys-thanks-title')));
  await checkA11y(phone, '/avis/… thanks (fa)');

  // The quality lead sees it counted: one more answer, and at least this survey more asked
  // (other visitors served on the way may have left a number too).
  await switchTo(page, agents.nadia);
  const [answeredAfter, askedAfter] = await responses(page);
  expect(answeredAfter).toBe(answeredBefore + 1);
  expect(askedAfter).toBeGreaterThanOrEqual(askedBefore + 1);

  // The answers' CSV: BOM, semicolons, accents right, the answer tied to Camille and to
  // the site, the number masked.
  const answers = await page.request.get('/agent/pilotage/export.csv?fichier=avis');
  expect(answers.status()).toBe(200);
  expect(answers.headers()['content-type']).toContain('text/csv');
  const csv = (await answers.body()).toString('utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = csv.slice(1).split('\r\n');
  expect(rows[0].split(';').length).toBeGreaterThan(5);
  const row = rows.find((r) => r.includes('کارمند خیلی صبور بود.'));
  expect(row, 'the answer in the export').toBeDefined();
  const cells = row!.split(';');
  expect(cells).toContain('Hôtel de ville');
  expect(cells).toContain('Satisfait');
  expect(cells).toContain(agents.camille.name);
  expect(cells).toContain('fa');
  expect(row).not.toMatch(anyWayWritten(number));
  expect(row).toContain('•••');

  // Back to the hours the town had.
  await switchTo(page, agents.julien);
  await setTodaysHours(page, weekday, hoursBefore);
  await phoneContext.close();
});
