import { expect } from '@playwright/test';
import { loose, t } from './i18n';
import { agents, checkA11y, enrolWorkstation, signIn, test } from './support';

test('a supervisor builds a call campaign from a pasted list; a counsellor calls it person by person', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const title = `Canicule ${testInfo.project.name} ${Date.now()}`;
  await enrolWorkstation(page, `Campagne ${testInfo.project.name}`);
  await signIn(page, agents.nadia);
  await page.goto('/agent/usagers');
  await page.getByRole('link', { name: t('fr', 'residents-campaigns') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(loose(t('fr', 'campaigns-title')));
  await checkA11y(page, '/agent/usagers/campagnes');

  // A line without a usable number refuses the list and says which.
  await page.getByLabel(t('fr', 'campaigns-name')).fill(title);
  await page.getByLabel(t('fr', 'campaigns-purpose')).fill('Prendre des nouvelles et rappeler le numéro du CCAS : 03 86 00 00 00.');
  await page.getByLabel(t('fr', 'campaigns-list-field')).fill('Nom;Téléphone;Langue\nOdette Leroy;06 55 44 33 22;fr\nLigne fausse;12\n');
  await page.getByRole('button', { name: t('fr', 'campaigns-create') }).click();
  await expect(page.getByRole('alert')).toHaveText(loose(t('fr', 'campaigns-error-lines', { lines: '3' })));

  await page.getByLabel(t('fr', 'campaigns-name')).fill(title);
  await page.getByLabel(t('fr', 'campaigns-purpose')).fill('Prendre des nouvelles et rappeler le numéro du CCAS : 03 86 00 00 00.');
  await page.getByLabel(t('fr', 'campaigns-list-field')).fill('Nom;Téléphone;Langue;Remarque\nOdette Leroy;06 55 44 33 22;fr;Vit seule\nFarid Benali;0677889900;ar;\n');
  await page.getByRole('button', { name: t('fr', 'campaigns-create') }).click();
  await expect(page).toHaveURL(/\/agent\/usagers\/campagnes\/\d+\?creee=1$/);
  await expect(page.getByRole('status').filter({ hasText: loose(t('fr', 'campaigns-created-ok')) })).toBeVisible();
  const campaign = /campagnes\/(\d+)/.exec(page.url())![1];
  await checkA11y(page, '/agent/usagers/campagnes/<id>');

  // A counsellor takes the next person: the first of the list, with the number to tap.
  await page.getByRole('button', { name: t('fr', 'staff-switch') }).click();
  await signIn(page, agents.camille);
  await page.goto(`/agent/usagers/campagnes/${campaign}`);
  await page.getByRole('button', { name: t('fr', 'campaigns-next') }).click();
  await expect(page).toHaveURL(new RegExp(`/agent/usagers/campagnes/${campaign}/appel$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Odette Leroy' })).toBeVisible();
  await expect(page.getByRole('link', { name: '+33655443322' })).toHaveAttribute('href', 'tel:+33655443322');
  await expect(page.getByText('Vit seule')).toBeVisible();
  await checkA11y(page, '/agent/usagers/campagnes/<id>/appel');

  // Reached: noted, and on to the next person at once.
  await page.getByLabel(t('fr', 'campaigns-outcome-reached')).check();
  await page.getByLabel(t('fr', 'campaigns-note')).fill('Va bien, a le numéro du CCAS.');
  await page.getByRole('button', { name: t('fr', 'campaigns-save-next') }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Farid Benali' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(loose(t('fr', 'campaigns-called')));

  // No answer: back to the campaign, where both calls show.
  await page.getByLabel(t('fr', 'campaigns-outcome-no-answer')).check();
  await page.getByRole('button', { name: t('fr', 'campaigns-save') }).click();
  await expect(page).toHaveURL(new RegExp(`/agent/usagers/campagnes/${campaign}\\?appele=1$`));
  const odette = page.getByRole('row').filter({ hasText: 'Odette Leroy' });
  await expect(odette).toContainText(t('fr', 'campaigns-status-reached'));
  await expect(odette).toContainText('Va bien, a le numéro du CCAS.');
  await expect(page.getByRole('row').filter({ hasText: 'Farid Benali' })).toContainText(t('fr', 'campaigns-status-to-call'));

  // In Arabic, right to left.
  await page.goto(`/agent/usagers/campagnes/${campaign}?lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: t('ar', 'campaigns-next') })).toBeVisible();
  await checkA11y(page, '/agent/usagers/campagnes/<id> in Arabic');
});

test('two records of one resident are merged on the residents page, then separated', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const name = `Lina Ferreira ${testInfo.project.name.replace(/[^a-z]/gi, '')}`;
  const email = `lina-${testInfo.project.name}-${Date.now()}@example.org`;
  // Each project its own number: the other project's records must not join this person.
  const phone = testInfo.project.name.includes('nojs') ? '06 12 12 12 13' : '06 12 12 12 12';
  await enrolWorkstation(page, `Usagers ${testInfo.project.name}`);
  await signIn(page, agents.karim);
  // A phone call, then an e-mail address given at the desk: two records, two keys.
  for (const [label, value] of [[t('fr', 'requests-phone'), phone], [t('fr', 'requests-email'), email]]) {
    await page.goto('/agent/demandes');
    await page.getByText(t('fr', 'requests-log-follow-up')).click();
    await page.getByLabel(t('fr', 'requests-subject')).fill('Inscription sur les listes électorales');
    await page.getByLabel(t('fr', 'requests-name')).fill(name);
    await page.getByLabel(label).fill(value);
    await page.getByRole('button', { name: t('fr', 'requests-log-open') }).click();
    await expect(page).toHaveURL(/\/agent\/demandes\/D-\d{4}-\d{5}\?ouverte=1$/);
  }
  await page.goto(`/agent/usagers?q=${encodeURIComponent(name)}`);
  const people = page.locator('section.person');
  await expect(people).toHaveCount(2);
  await checkA11y(page, '/agent/usagers (two people)');

  const first = people.first();
  await first.getByLabel(t('fr', 'residents-merge-with')).selectOption({ index: 0 });
  await first.getByRole('button', { name: t('fr', 'residents-merge') }).click();
  await expect(page.getByRole('status').filter({ hasText: loose(t('fr', 'residents-merged')) })).toBeVisible();
  await expect(people).toHaveCount(1);
  await expect(people.first().getByRole('listitem').filter({ hasText: 'Inscription sur les listes électorales' })).toHaveCount(2);
  await expect(people.first().getByRole('definition').filter({ hasText: email })).toBeVisible();
  await checkA11y(page, '/agent/usagers (merged)');

  // Found by the phone too, as one person; then separated again.
  await page.goto(`/agent/usagers?q=${phone.replace(/ /g, '')}`);
  await expect(people).toHaveCount(1);
  await expect(people.first().getByRole('definition').filter({ hasText: email })).toBeVisible();
  await people.first().getByRole('button', { name: t('fr', 'residents-separate') }).click();
  await expect(page.getByRole('status').filter({ hasText: loose(t('fr', 'residents-separated')) })).toBeVisible();
  await page.goto(`/agent/usagers?q=${encodeURIComponent(name)}`);
  await expect(people).toHaveCount(2);
});
