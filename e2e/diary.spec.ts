import { expect, test } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { ANNA, ChildCardPage, type CardData } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { ChildAccountSection, signInWithLogin } from './page-models/linking-pages.ts';
import { anotherDevice } from './support/devices.ts';
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
  browser,
}, testInfo) => {
  await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  const card = new ChildCardPage(page);
  await card.fill(PUPIL);
  await card.submit();
  await card.expectStatus('Проверено');
  // Дарья is under 14: the parent makes her account, so she reads her own diary.
  const account = new ChildAccountSection(page);
  const login = `darya.${Date.now().toString(36)}`;
  const password = 'Rodnik-2026!kid';
  await account.section.getByLabel('Логин', { exact: true }).fill(login);
  await account.section.getByLabel('Пароль ребёнка').fill(password);
  await account.section.getByRole('button', { name: 'Создать учётную запись ребёнка' }).click();
  await account.expectState('account');

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

  // The child's own phone: the same grades, read-only (no consent buttons).
  const childContext = await anotherDevice(browser, testInfo);
  const childPage = await childContext.newPage();
  await signInWithLogin(childPage, login, password);
  await childPage.getByTestId('my-diary-link').click();
  await expect(childPage.getByTestId('diary-grades')).toHaveText(gradesText);
  await expect(childPage.getByTestId('diary-consent')).toContainText(
    'Подключить или отключить дневник может родитель',
  );
  await expect(childPage.getByTestId('diary-give')).toHaveCount(0);
  await expect(childPage.getByTestId('diary-withdraw')).toHaveCount(0);
  await shot(childPage, 'diary-03b-child');
  expect(await seriousViolations(childPage)).toEqual([]);

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
  // The child's phone follows by itself.
  await expect(childPage.getByTestId('diary-grades')).toHaveCount(0);
  await expect(childPage.getByTestId('diary-status')).toHaveText(
    'Согласие отозвано, оценки удалены',
  );
  await childContext.close();
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
