import { expect } from '@playwright/test';
import { baseURL } from '../server';
import { agents, enrolWorkstation, isNoJs, signIn, test } from './support';
import { clean, t } from './i18n';

// HTTP-level checks: they do not depend on the page's JavaScript, so they run once.
test.beforeEach(({}, testInfo) => {
  test.skip(isNoJs(testInfo), 'HTTP-level checks, independent of JavaScript: the js project runs them once');
});

const htmlTag = (body: string) => /<html\b[^>]*>/.exec(body)?.[0] ?? '';

test('anonymous visits to staff pages are sent to the login screen', async ({ request }) => {
  const res = await request.get('/agent/accueil', { maxRedirects: 0 });
  expect([302, 303]).toContain(res.status());
  expect(new URL(res.headers()['location'] ?? '', baseURL).pathname).toBe('/agent');
});

test('an anonymous POST to a staff server function is refused and changes nothing', async ({ request, page }) => {
  const res = await request.post('/api/agent/postes/nouveau', {
    form: { name: 'Pirate' },
    headers: { Origin: baseURL },
    maxRedirects: 0,
  });
  expect([401, 403]).toContain(res.status());

  await enrolWorkstation(page, 'Accueil sécurité');
  await signIn(page, agents.julien);
  await page.goto('/agent/admin/postes');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Pirate')).toHaveCount(0);
});

test('a cross-site POST is refused', async ({ request }) => {
  const res = await request.post('/api/poste/connexion', {
    form: { agent_id: '1', pin: '2468' },
    headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
});

test('an unknown address answers 404 with a translated page', async ({ request }) => {
  const res = await request.get('/nexiste-pas');
  expect(res.status()).toBe(404);
  expect(clean(await res.text())).toContain(t('fr', 'not-found-title'));
});

test('Accept-Language: ar gets Arabic, right to left, from the first byte', async ({ request }) => {
  const res = await request.get('/', { headers: { 'Accept-Language': 'ar' } });
  const tag = htmlTag(await res.text());
  expect(tag).toContain('lang="ar"');
  expect(tag).toContain('dir="rtl"');
});

test('health probes answer', async ({ request }) => {
  expect((await request.get('/healthz')).status()).toBe(200);
  expect((await request.get('/readyz')).status()).toBe(200);
});
