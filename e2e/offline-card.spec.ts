import { expect, test } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { ANNA, ChildCardPage } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { shot } from './support/shots.ts';

test('a card filled offline survives reloads, waits, and is verified once online', async ({
  page,
  context,
}) => {
  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.expectNetwork('В сети');
  await expect(page.getByTestId('last-sync')).toContainText('Синхронизировано');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // No signal: the app still opens, from the service worker's precache.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Семья и дети' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await family.expectNetwork('Нет связи');

  await family.addChild();
  const card = new ChildCardPage(page);
  await card.fill(ANNA);
  await expect(page.getByText('Черновик сохранён на устройстве')).toBeVisible();
  await family.expectPending(1);

  // Reload, still offline: the draft is there, sensitive numbers hidden until «Показать».
  await page.reload();
  await expect(card.input('Фамилия')).toHaveValue('Иванова');
  await expect(card.input('Дата рождения')).toHaveValue('14.05.2021');
  await expect(page.getByTestId('masked-birthCertificate.number')).toBeVisible();
  await expect(page.getByText('100001')).toHaveCount(0);
  await page.getByRole('button', { name: 'Показать: Номер свидетельства о рождении' }).click();
  await expect(card.input('Номер свидетельства о рождении')).toHaveValue('100001');

  await card.submit();
  await card.expectStatus('Ждёт отправки');
  await expect(page.getByTestId('card-note')).toContainText('как только появится связь');
  await shot(page, '05-card-waiting-offline');

  // Back online: the card reaches the server, is verified, and the status arrives by itself.
  await context.setOffline(false);
  await family.expectNetwork('В сети');
  await card.expectStatus('Проверено');
  await family.expectPending(0);
  await shot(page, '06-card-verified');

  await page.getByRole('link', { name: /К списку детей/ }).click();
  await expect(family.row('Иванова Анна Сергеевна')).toContainText('Проверено');
  await shot(page, '07-family-list');
});
