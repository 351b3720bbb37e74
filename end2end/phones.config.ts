import { defineConfig } from '@playwright/test';
import { baseURL, chromium, webServers } from './server';

// The residents' phones benchmark (issue 17, budgets/phones.txt): the public pages opened
// in Debian's Chromium with a mid phone emulated, against the release server and the demo
// town, as the end-to-end suite runs it (same port and fresh database: run it apart).
// `npx playwright test -c phones.config.ts`, after `cargo leptos build --release`.
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
    launchOptions: chromium,
  },
  projects: [{ name: 'phone', use: { javaScriptEnabled: true } }],
  webServer: webServers,
});
