import { defineConfig } from '@playwright/test';
import { baseURL, command, env, repoRoot, smtpCommand, smtpPort } from './server';

// Every spec runs twice: with JavaScript (hydrated pages) and without (server-rendered
// pages and plain HTML forms must work on their own). A test that needs one of them says
// so with test.skip(...) and a reason.
export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Keeps a hung run inside the CI budget.
  globalTimeout: 25 * 60_000,
  retries: 0,
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  // list for people; json for scripts/test.sh, which sums its stats.
  reporter: [['list'], ['json', { outputFile: '.tmp/results.json' }]],
  use: {
    baseURL,
    // A French desk: staff pages in French. Tests about other languages set their own.
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'off',
    launchOptions: {
      // Debian's Chromium: `npx playwright install` cannot download browsers here.
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
    },
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'nojs', use: { javaScriptEnabled: false } },
  ],
  webServer: [
    {
      // Receives the e-mails the server sends, for the booking tests to read.
      command: smtpCommand,
      cwd: repoRoot,
      port: smtpPort,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command,
      cwd: repoRoot,
      env,
      url: `${baseURL}/readyz`,
      // First start migrates and loads the demo town.
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
