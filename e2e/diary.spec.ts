import { expect, test } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { ANNA, ChildCardPage, type CardData } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { seriousViolations } from './support/axe.ts';
import { shot } from './support/shots.ts';

/**
 * Дарья Школьникова from the fixture registry (15.09.2015, mother Елена Иванова):
 * a pupil, and no other journey holds her certificate (one family per server run).
 */
const PUPIL: CardData = {
  ...ANNA,
  surname: 'Школьникова',
  givenName: 'Дарья',
  birthDate: '15.09.2015',
  number: '100009',
  issueDate: '25.09.2015',
};

test('a parent gives consent, grades and homework arrive and open offline; withdrawing removes them', async ({
  page,
  context,
}) => {
  await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  const card = new ChildCardPage(page);
  await card.fill(PUPIL);
  await card.submit();
  await card.expectStatus('Проверено');

  await family.open();
  await page.getByTestId('diary-link').click();
  await expect(page.getByRole('heading', { name: 'Электронный дневник', level: 1 })).toBeVisible();
  const row = page.getByTestId('diary-child').filter({ hasText: 'Школьникова Дарья' });
  await expect(row).toContainText('Дневник не подключён');
  await shot(page, 'diary-01-children');
  expect(await seriousViolations(page)).toEqual([]);

  await row.click();
  const consent = page.getByTestId('diary-consent');
  await expect(consent).toContainText('свидетельства о рождении');
  await expect(consent).toContainText('удалятся с сервера и со всех телефонов');
  await shot(page, 'diary-02-consent');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('diary-give').click();
  await expect(page.getByTestId('diary-status')).toHaveText('Дневник подключён');
  const grades = page.getByTestId('diary-grades');
  await expect(grades.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByTestId('diary-homework').getByRole('listitem').first()).toBeVisible();
  await expect(page.getByTestId('diary-fetched')).toContainText('Данные из школы получены');
  const gradesText = (await grades.textContent()) ?? '';
  await shot(page, 'diary-03-grades');
  expect(await seriousViolations(page)).toEqual([]);

  // No signal: the diary opens from IndexedDB, with when it was fetched.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await family.expectNetwork('Нет связи');
  await expect(page.getByTestId('diary-grades')).toHaveText(gradesText);
  await expect(page.getByTestId('diary-fetched')).toBeVisible();
  await shot(page, 'diary-04-offline');
  await context.setOffline(false);
  await family.expectNetwork('В сети');

  // Withdrawing asks first, then the server clears what was read and the phone follows.
  await page.getByTestId('diary-withdraw').click();
  await shot(page, 'diary-05-withdraw-question');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId('diary-withdraw-confirm').click();
  await expect(page.getByTestId('diary-grades')).toHaveCount(0);
  await expect(page.getByTestId('diary-give')).toBeVisible();
  await family.expectPending(0);
  await page.reload();
  await expect(page.getByTestId('diary-give')).toBeVisible();
  await expect(page.getByTestId('diary-grades')).toHaveCount(0);
  await expect(page.getByTestId('diary-status')).toHaveText('Согласие отозвано, оценки удалены');
  await page.getByRole('link', { name: /Электронный дневник/ }).click();
  await expect(page.getByTestId('diary-child').filter({ hasText: 'Школьникова' })).toContainText(
    'Согласие отозвано',
  );
  await shot(page, 'diary-06-withdrawn');
});
