import { defineConfig } from '@playwright/test';
import { baseURL, chromium, webServers } from './server';

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
    launchOptions: chromium,
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'nojs', use: { javaScriptEnabled: false } },
  ],
  webServer: webServers,
});
