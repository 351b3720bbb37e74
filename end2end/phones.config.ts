import { defineConfig } from '@playwright/test';
import { baseURL, command, env, repoRoot, smtpCommand, smtpPort } from './server';

// The residents' phones benchmark (issue 17, budgets/phones.txt): the public pages opened
// in Debian's Chromium with a mid phone emulated, against the release server and the demo
// town, as the end-to-end suite runs it (same port and fresh database: run it apart).
// `npx playwright test -c phones.config.ts`; scripts/phones-bench.sh runs it.
export default defineConfig({
  testDir: './phones',
  timeout: 10 * 60_000,
  retries: 0,
  workers: 1,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: '.tmp/phones-results.json' }]],
  use: {
    baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'phone', use: { javaScriptEnabled: true } }],
  webServer: [
    { command: smtpCommand, cwd: repoRoot, port: smtpPort, timeout: 30_000, reuseExistingServer: false, stdout: 'ignore', stderr: 'pipe' },
    { command, cwd: repoRoot, env, url: `${baseURL}/readyz`, timeout: 180_000, reuseExistingServer: false, stdout: 'ignore', stderr: 'pipe' },
  ],
});
