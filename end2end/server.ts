// How the end-to-end server runs: the release binary, its environment and a fresh SQLite
// database. Shared by playwright.config.ts and the specs; no Playwright import here, so
// the config can load it on its own.

import { homedir } from 'node:os';
import path from 'node:path';

/** The repository root: the server runs from there, as `scripts/start.sh` runs it. */
export const repoRoot = path.resolve(__dirname, '..');

/** The shared build cache of scripts/setup-tools.sh. */
const targetDir = process.env.CARGO_TARGET_DIR || path.join(homedir(), '.cache', 'guichet', 'target');

/** The release binary built by `cargo leptos build --release`. */
export const binary = path.join(targetDir, 'release', 'guichet');

/**
 * Where cargo-leptos wrote the site. `site-root = "target/site"` in Cargo.toml is relative to
 * the workspace root whatever CARGO_TARGET_DIR is; LEPTOS_SITE_ROOT overrides it for
 * cargo-leptos, so it does here too (scripts/test.sh sets it).
 */
export const siteRoot = process.env.LEPTOS_SITE_ROOT || path.join(repoRoot, 'target', 'site');

/** Scratch files of a run (database, secret key, JSON results); ignored by git. */
export const tmpDir = path.join(repoRoot, 'end2end', '.tmp');
const dbFile = path.join(tmpDir, 'e2e.db');
/** Where the SMTP sink writes the e-mails the server sends (one .eml file each). */
export const mailDir = path.join(tmpDir, 'mail');
const smtpPort = Number(process.env.E2E_SMTP_PORT || 2626);
/** The test SMTP server (built with the tests: scripts/test.sh stage d). */
const smtpSink = path.join(targetDir, 'debug', 'smtp-sink');
export { smtpPort };
const secretFile = path.join(tmpDir, 'secret.key');

/** Where the server receives the town's mail over SMTP (GUICHET_MAIL_INTAKE_BIND). */
export const mailIntakePort = Number(process.env.E2E_MAIL_INTAKE_PORT || 2627);
/** The town's address: the sender of its e-mails, where residents' replies go. */
export const townAddress = 'rdv@villebourg.test';

export const port = Number(process.env.E2E_PORT || 3100);
export const baseURL = `http://127.0.0.1:${port}`;

/** The server's environment; `enrol-workstation` runs with the same one. */
export const env: Record<string, string> = {
  PATH: process.env.PATH || '/usr/local/bin:/usr/bin:/bin',
  HOME: process.env.HOME || homedir(),
  DATABASE_URL: `sqlite://${dbFile}?mode=rwc`,
  GUICHET_BIND: `127.0.0.1:${port}`,
  GUICHET_PUBLIC_URL: baseURL,
  GUICHET_DEMO_DATA: 'true',
  GUICHET_SECRET_KEY_FILE: secretFile,
  GUICHET_INACTIVITY_TIMEOUT: '300',
  GUICHET_LOG: 'warn',
  // One minute (the shortest) so that the waitlist test sees a hold run out.
  GUICHET_WAITLIST_HOLD_MINUTES: '1',
  // Every two seconds, so that the survey test sees its SMS in the journal at once.
  GUICHET_SURVEY_CHECK_SECONDS: '2',
  GUICHET_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  GUICHET_SMTP_FROM: `Mairie de Villebourg <${townAddress}>`,
  GUICHET_MAIL_INTAKE_BIND: `127.0.0.1:${mailIntakePort}`,
  LEPTOS_SITE_ROOT: siteRoot,
  LEPTOS_SITE_PKG_DIR: 'pkg',
  LEPTOS_OUTPUT_NAME: 'guichet',
};

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * The webServer command: deletes the previous run's database first (it runs once per
 * `playwright test`, before any test), then becomes the server.
 */
export const command = [
  `mkdir -p ${sh(tmpDir)}`,
  `rm -f ${[dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`, secretFile].map(sh).join(' ')}`,
  `exec ${sh(binary)}`,
].join(' && ');

/** The SMTP sink's command: a fresh mail folder, then the sink itself. */
export const smtpCommand = [
  `mkdir -p ${sh(tmpDir)}`,
  `rm -rf ${sh(mailDir)}`,
  `exec ${sh(smtpSink)} 127.0.0.1:${smtpPort} ${sh(mailDir)}`,
].join(' && ');

/** Debian's Chromium as every Playwright config here launches it (`npx playwright install`
 * cannot download browsers on these machines). */
export const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** The servers a run starts: the SMTP sink, then Guichet on a fresh database. */
export const webServers = [
  {
    // Receives the e-mails the server sends, for the booking tests to read.
    command: smtpCommand,
    cwd: repoRoot,
    port: smtpPort,
    timeout: 30_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  },
  {
    command,
    cwd: repoRoot,
    env,
    url: `${baseURL}/readyz`,
    // First start migrates and loads the demo town.
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  },
];
