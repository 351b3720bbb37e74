// Shared by every spec: how the test server runs, texts read from locales/, enrolment of a
// workstation, sign-in, and the accessibility check.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const repoRoot = path.resolve(__dirname, '..', '..');
const targetDir = process.env.CARGO_TARGET_DIR || path.join(homedir(), '.cache', 'guichet', 'target');
const tmp = path.join(repoRoot, 'end2end', '.tmp');
const binary = path.join(targetDir, 'release', 'guichet');
const port = process.env.E2E_PORT || '3100';

// A fresh database for every run; the config module is loaded once per process, so
// only the Playwright runner (not each worker) starts clean.
if (!process.env.GUICHET_E2E_PREPARED) {
  if (existsSync(path.join(tmp, 'e2e.db'))) rmSync(path.join(tmp, 'e2e.db'));
  for (const f of ['e2e.db-wal', 'e2e.db-shm']) rmSync(path.join(tmp, f), { force: true });
  mkdirSync(tmp, { recursive: true });
  process.env.GUICHET_E2E_PREPARED = '1';
}

const env: Record<string, string> = {
  DATABASE_URL: `sqlite://${path.join(tmp, 'e2e.db')}?mode=rwc`,
  GUICHET_BIND: `127.0.0.1:${port}`,
  GUICHET_PUBLIC_URL: `http://127.0.0.1:${port}`,
  GUICHET_DEMO_DATA: 'true',
  GUICHET_SECRET_KEY_FILE: path.join(tmp, 'secret.key'),
  GUICHET_LOG: 'warn',
  LEPTOS_SITE_ROOT: process.env.LEPTOS_SITE_ROOT || path.join(targetDir, 'site'),
  PATH: process.env.PATH || '/usr/bin:/bin',
};

export const server = {
  repoRoot,
  baseURL: `http://127.0.0.1:${port}`,
  command: `"${binary}" serve`,
  env,
};

/** Demo agents and their PINs (see the README). */
export const agents = {
  camille: { name: 'Camille Martin', pin: '2468' },
  karim: { name: 'Karim Haddad', pin: '1357' },
  julien: { name: 'Julien Moreau', pin: '9052' },
  nadia: { name: 'Nadia Rahimi', pin: '7315' },
  daria: { name: 'Daria Kovalenko', pin: '4826' },
};

const cache = new Map<string, Map<string, string>>();

/** The text of a simple one-line Fluent message, as written in locales/<lang>/main.ftl. */
export function msg(lang: string, id: string, vars: Record<string, string> = {}): string {
  if (!cache.has(lang)) {
    const map = new Map<string, string>();
    const source = readFileSync(path.join(repoRoot, 'locales', lang, 'main.ftl'), 'utf8');
    for (const line of source.split('\n')) {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m) map.set(m[1], m[2].trim());
    }
    cache.set(lang, map);
  }
  const text = cache.get(lang)!.get(id);
  if (text === undefined) throw new Error(`no one-line message ${id} in ${lang}`);
  return text.replace(/\{ \$([a-z]+) \}/g, (_, v) => vars[v] ?? '');
}

/** Page text without Fluent's bidi isolation marks. */
export const clean = (s: string) => s.replace(/[\u2068\u2069]/g, '');

export const isNoJs = (testInfo: TestInfo) => testInfo.project.name === 'nojs';

/** A one-time enrolment code made by the server binary, as an administrator would. */
export function enrolmentCode(name: string): string {
  return execFileSync(binary, ['enrol-workstation', name], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  }).trim();
}

/** Makes this browser an enrolled workstation and lands on the agent chooser. */
export async function enrolWorkstation(page: Page, name: string) {
  const code = enrolmentCode(name);
  await page.goto('/agent/poste');
  await page.getByLabel(msg('fr', 'enrol-code-label')).fill(code);
  await page.getByRole('button', { name: msg('fr', 'enrol-submit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(msg('fr', 'login-choose-title'));
}

export async function signIn(page: Page, agent: { name: string; pin: string }) {
  await page.goto('/agent');
  await page.getByRole('link', { name: new RegExp(agent.name) }).click();
  await page.getByLabel(msg('fr', 'login-pin-label')).fill(agent.pin);
  await page.getByRole('button', { name: msg('fr', 'login-submit') }).click();
  await expect(page).toHaveURL(/\/agent\/accueil$/);
}

/** No WCAG 2.1 A/AA violation that axe-core can find. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}
