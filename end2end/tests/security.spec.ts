import { expect, test } from '@playwright/test';
import { isNoJs, server } from './support';

// HTTP-level checks: they do not depend on the page's JavaScript, so they run once.
test.beforeEach(({}, testInfo) => {
  test.skip(isNoJs(testInfo), 'HTTP checks run in the js project only');
});

test('anonymous visits to staff pages go to the login screen', async ({ request }) => {
  const res = await request.get('/agent/accueil', { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(res.status());
  expect(res.headers()['location']).toBe('/agent');
  expect(res.headers()['cache-control']).toBe('no-store');
});

test('an anonymous POST to a staff server function is refused and changes nothing', async ({ request }) => {
  const res = await request.post('/api/agent/postes/nouveau', {
    form: { name: 'Pirate' },
    headers: { Origin: server.baseURL },
    maxRedirects: 0,
  });
  expect([401, 403]).toContain(res.status());
  const list = await request.get('/agent/admin/postes', { maxRedirects: 0 });
  expect(list.status()).not.toBe(200);
});

test('a cross-site POST is refused', async ({ request }) => {
  const res = await request.post('/api/poste/connexion', {
    form: { agent_id: '1', pin: '2468' },
    headers: { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
});

test('server-rendered Arabic for Accept-Language: ar', async ({ request }) => {
  const ar = await (await request.get('/', { headers: { 'Accept-Language': 'ar' } })).text();
  expect(ar).toContain('<html lang="ar" dir="rtl"');
  const fr = await (await request.get('/', { headers: { 'Accept-Language': '' } })).text();
  expect(fr).toContain('<html lang="fr" dir="ltr"');
});

test('health probes answer', async ({ request }) => {
  expect((await request.get('/healthz')).status()).toBe(200);
  expect((await request.get('/readyz')).status()).toBe(200);
});
