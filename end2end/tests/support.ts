// Shared by the specs: demo agents, enrolment of a workstation, of a kiosk or a screen,
// sign-in, the accessibility check, the e-mails the SMTP sink received.

import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { connect } from 'node:net';
import { binary, env, mailDir, mailIntakePort, repoRoot, townAddress } from '../server';
import { loose, t } from './i18n';

export type Agent = { name: string; pin: string };

/** Demo agents loaded by GUICHET_DEMO_DATA (the README lists them all). */
export const agents = {
  camille: { name: 'Camille Martin', pin: '2468' }, // counsellor
  karim: { name: 'Karim Haddad', pin: '1357' }, // counsellor
  julien: { name: 'Julien Moreau', pin: '9052' }, // administrator
  nadia: { name: 'Nadia Rahimi', pin: '7315' }, // supervisor
  daria: { name: 'Daria Kovalenko', pin: '4826' }, // interpreter
} satisfies Record<string, Agent>;

export const isNoJs = (testInfo: TestInfo) => !!testInfo.project.name.match('nojs');

/**
 * Playwright's `test`, failing any test of the js project during which the page threw an
 * uncaught error: a wasm module that does not start or a panic during hydration shows up
 * there, while server-rendered pages would still look right.
 */
export const test = base.extend<{ uncaughtErrors: void }>({
  uncaughtErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      await use();
      if (!isNoJs(testInfo)) expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

/** The format of one-time enrolment codes. */
export const ENROLMENT_CODE = /^[A-Z2-9]{4}-[A-Z2-9]{4}$/;

/**
 * A new one-time enrolment code, made the way an administrator does on the server:
 * `guichet enrol-workstation "<name>"` on the same database as the test server.
 */
export function enrolmentCode(name: string): string {
  return codeFrom(['enrol-workstation', name]);
}

/** What `guichet <args>` prints: the one-time code alone on its line. */
function codeFrom(args: string[]): string {
  const out = execFileSync(binary, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  // The code is alone on its line; tolerate log lines around it.
  const code = out
    .split('\n')
    .map((l) => l.trim())
    .find((l) => ENROLMENT_CODE.test(l));
  if (!code) throw new Error(`guichet ${args[0]} printed no code:\n${out}`);
  return code;
}

/** A kiosk (`/borne/<site>`) or a waiting-room screen (`/ecran/<site>`) of a site. */
export type DeviceKind = 'kiosk' | 'screen';

/**
 * Makes this browser the enrolled kiosk or screen of `site`, as an administrator does: a code
 * from `guichet enrol-device <kind> <site> "<name>"`, typed in the prompt the device's page
 * shows until it is enrolled. Ends on the device's page, which then shows the kiosk or the
 * screen. The device cookie is the context's: use the kiosk's or screen's own page.
 */
export async function enrolDevice(page: Page, kind: DeviceKind, site: string, name: string) {
  const code = codeFrom(['enrol-device', kind, site, name]);
  const path = `/${kind === 'kiosk' ? 'borne' : 'ecran'}/${site}`;
  // In French, whatever language the device's page was last shown in.
  await page.goto(`${path}?lang=fr`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    loose(t('fr', kind === 'kiosk' ? 'devices-enrol-kiosk-title' : 'devices-enrol-screen-title'), { exact: false }),
  );
  await page.getByLabel(t('fr', 'devices-enrol-code-label')).fill(code);
  await page.getByRole('button', { name: t('fr', 'devices-enrol-submit') }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByLabel(t('fr', 'devices-enrol-code-label'))).toHaveCount(0);
}

/** Makes this browser an enrolled workstation; ends on the agent chooser at /agent. */
export async function enrolWorkstation(page: Page, name: string) {
  const code = enrolmentCode(name);
  await page.goto('/agent/poste');
  await page.getByLabel(t('fr', 'enrol-code-label')).fill(code);
  await page.getByRole('button', { name: t('fr', 'enrol-submit') }).click();
  await expect(page).toHaveURL(/\/agent(\?[^/]*)?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'login-choose-title')));
}

/** Opens the PIN form of `agent` from the chooser of an enrolled workstation. */
export async function choose(page: Page, agent: Agent) {
  await page.goto('/agent');
  await page.getByRole('link', { name: loose(agent.name, { exact: false }) }).click();
  await expect(page.getByLabel(t('fr', 'login-pin-label'))).toBeVisible();
}

/** Signs `agent` in on an enrolled workstation; ends on /agent/accueil. */
export async function signIn(page: Page, agent: Agent) {
  await choose(page, agent);
  await page.getByLabel(t('fr', 'login-pin-label')).fill(agent.pin);
  await page.getByRole('button', { name: t('fr', 'login-submit') }).click();
  await expect(page).toHaveURL(/\/agent\/accueil$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    loose(t('fr', 'staff-hello', { name: agent.name })),
  );
}

/**
 * No WCAG 2.0/2.1 A or AA violation that axe-core finds on the page as it is now. On
 * failure, prints each violation with the elements it found, so it can be fixed.
 */
export async function expectAccessible(page: Page, what = page.url()) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const lines = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`).join('\n'),
  );
  if (lines.length > 0) {
    const report = `axe-core violations on ${what}:\n${lines.join('\n')}`;
    console.log(report);
    await base.info().attach('axe-violations', { body: report, contentType: 'text/plain' });
  }
  expect(lines, `axe-core violations on ${what}`).toEqual([]);
}

/**
 * axe-core on the page as it is now. In the nojs project axe cannot run in the page (it is
 * a script), so it runs on a JavaScript-enabled twin of the page whose own scripts are
 * blocked: exactly the server-rendered markup a browser without JavaScript gets.
 */
export async function checkA11y(page: Page, what: string) {
  if (!isNoJs(base.info())) {
    await expectAccessible(page, what);
    return;
  }
  const context = await page.context().browser()!.newContext({
    baseURL: base.info().project.use.baseURL,
    locale: 'fr-FR',
    javaScriptEnabled: true,
    storageState: await page.context().storageState(),
  });
  await context.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
  const twin = await context.newPage();
  await twin.goto(page.url());
  await expectAccessible(twin, what);
  await context.close();
}

/** What the speech recorder heard: text, language tag and voice name. */
export type Said = { text: string; lang: string; voice: string | null };

/**
 * Stands in for the browser's speech synthesis in every page of `target` (a page or a
 * context), with the given voice language tags; `heardSpeech(page)` reads what was said.
 */
export async function installSpeechRecorder(target: Page | BrowserContext, voiceLangs: string[] = []) {
  await target.addInitScript((langs: string[]) => {
    const said: { text: string; lang: string; voice: string | null }[] = [];
    const voices = langs.map((lang) => ({ name: `Voix ${lang}`, lang, localService: true, default: false, voiceURI: lang }));
    // Real utterances refuse stand-in voices: replace them too.
    class Utterance {
      text: string;
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      speak: (u: Utterance) => said.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null }),
      cancel: () => {},
      pause: () => {},
      resume: () => {},
      getVoices: () => voices,
      addEventListener: () => {},
      removeEventListener: () => {},
      speaking: false,
      pending: false,
      paused: false,
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: Utterance });
    (window as unknown as { said: typeof said }).said = said;
  }, voiceLangs);
}

/** Everything the recorder heard on `page`, empty texts (a gesture unlocking speech) left out. */
export async function heardSpeech(page: Page): Promise<Said[]> {
  return page.evaluate(() => (window as unknown as { said: Said[] }).said.filter((s) => s.text !== ''));
}

/** The e-mail the SMTP sink received for `to`, its text part decoded. */
export function mailTo(to: string): string | undefined {
  return mailsTo(to)[0]?.body;
}

/** A header value with its RFC 2047 encoded words decoded (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`). */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeURIComponent(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
    );
}

/** Every e-mail the SMTP sink received for `to`, in order: subject and decoded text. */
export function mailsTo(to: string): { subject: string; body: string }[] {
  let files: string[] = [];
  try {
    files = readdirSync(mailDir)
      .filter((f) => f.endsWith('.eml'))
      .sort((a, b) => parseInt(a) - parseInt(b));
  } catch {
    return [];
  }
  const found: { subject: string; body: string }[] = [];
  for (const f of files) {
    const raw = readFileSync(join(mailDir, f), 'utf8');
    if (!raw.includes(`X-Sink-To: <${to}>`)) continue;
    const [head] = raw.split('\r\n\r\n');
    const folded = head.replace(/\r\n[ \t]+/g, ' ');
    const subject = decodeHeader(/^Subject: (.*)$/im.exec(folded)?.[1] ?? '');
    found.push({ subject, body: decodeBody(raw) });
  }
  return found;
}

/** Sends a plain-text e-mail to the town's mail intake over SMTP, as a resident's mail server would. */
export async function sendToTown(from: string, subject: string, text: string): Promise<void> {
  const socket = connect(mailIntakePort, '127.0.0.1');
  socket.setEncoding('utf8');
  let buffer = '';
  const waiting: ((line: string) => void)[] = [];
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      // Only the last line of a reply (a space after the code) answers.
      if (line[3] === ' ') waiting.shift()?.(line);
    }
  });
  const reply = () => new Promise<string>((resolve) => waiting.push(resolve));
  const say = async (line: string, expected: string) => {
    const answer = reply();
    socket.write(`${line}\r\n`);
    const got = await answer;
    if (!got.startsWith(expected)) throw new Error(`SMTP ${line} -> ${got}`);
  };
  const greeting = await reply();
  if (!greeting.startsWith('220')) throw new Error(greeting);
  await say('EHLO resident.example', '250');
  await say(`MAIL FROM:<${from}>`, '250');
  await say(`RCPT TO:<${townAddress}>`, '250');
  await say('DATA', '354');
  const encoded = `=?utf-8?b?${Buffer.from(subject).toString('base64')}?=`;
  const message = [
    `From: ${from}`,
    `To: ${townAddress}`,
    `Subject: ${encoded}`,
    `Message-ID: <${Date.now()}.${Math.random().toString(36).slice(2)}@resident.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    ...text.split('\n').map((l) => (l.startsWith('.') ? `.${l}` : l)),
  ].join('\r\n');
  await say(`${message}\r\n.`, '250');
  await say('QUIT', '221');
  socket.end();
}

/** The text of one message as the sink wrote it: base64 or quoted-printable decoded. */
function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  if (/content-transfer-encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h) => `%${h}`);
    try {
      return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
    } catch {
      return bytes;
    }
  }
  return body;
}
