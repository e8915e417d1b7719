import { expect, test } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { ARTEM, ChildCardPage } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { ChildAccountSection } from './page-models/linking-pages.ts';
import { codeFromOutbox, newParent, sessionOf } from './support/accounts.ts';
import { seriousViolations } from './support/axe.ts';
import { anotherDevice } from './support/devices.ts';
import { shot } from './support/shots.ts';

test('a parent creates the account of a child under 14, who signs in with a login', async ({
  page,
  browser,
}, testInfo) => {
  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  const card = new ChildCardPage(page);
  await card.fill(ARTEM);
  await card.submit();
  await card.expectStatus('Проверено');

  const account = new ChildAccountSection(page);
  await expect(account.section).toContainText('Ребёнку нет 14 лет');
  const login = `artem.${Date.now().toString(36)}`;
  const password = 'Rodnik-2026!kid';
  await account.section.getByLabel('Логин', { exact: true }).fill(login);
  await account.section.getByLabel('Пароль ребёнка').fill(password);
  await shot(page, '27-parent-create-child-account');
  expect(await seriousViolations(page)).toEqual([]);
  await account.section.getByRole('button', { name: 'Создать учётную запись ребёнка' }).click();
  await expect(account.section.getByRole('status').first()).toContainText(
    `Логин для входа: ${login}`,
  );
  await account.expectState('account');

  // The child, on another device: login and password, no code step.
  const childContext = await anotherDevice(browser, testInfo);
  const childPage = await childContext.newPage();
  await childPage.goto('/sign-in');
  await childPage.getByLabel('Телефон, почта или логин').fill(login);
  await childPage.getByLabel('Пароль').fill(password);
  await childPage.getByRole('button', { name: 'Продолжить' }).click();
  await expect(childPage.getByRole('heading', { name: 'Мой профиль' })).toBeVisible();
  await expect(childPage.getByTestId('my-card')).toContainText('Кузнецов Артём Ильич');
  await expect(childPage.getByTestId('linked-to-parent')).toBeVisible();
  await shot(childPage, '28-child-simplified-home');
  // A child sees only their own card: no family list, no way to add children.
  await expect(childPage.getByRole('button', { name: 'Добавить ребёнка' })).toHaveCount(0);
  await childContext.close();
});

test('a second parent joins by invitation, sees the children, and can leave', async ({
  page,
  browser,
}, testInfo) => {
  const first = newParent();
  const auth = new AuthPages(page);
  await auth.signUp(first);
  await auth.signIn(first);
  const family = new FamilyPage(page);
  await family.addChild();
  const card = new ChildCardPage(page);
  await card.input('Фамилия').fill('Сидорова');
  await card.input('Имя').fill('Вера');
  await expect(page.getByText('Черновик сохранён на устройстве')).toBeVisible();
  await page.getByRole('link', { name: /К списку детей/ }).click();
  await family.expectPending(0);

  const second = newParent();
  second.givenName = 'Павел';
  second.surname = 'Сидоров';
  second.patronymic = 'Олегович';
  await page.getByRole('link', { name: 'Родители и приглашения' }).click();
  await expect(page.getByRole('heading', { name: 'Родители', exact: true })).toBeVisible();
  await page.getByLabel('Телефон или электронная почта второго родителя').fill(second.email);
  await page.getByRole('button', { name: 'Отправить приглашение' }).click();
  await expect(page.getByText(`Приглашение отправлено на ${second.email}`)).toBeVisible();
  await shot(page, '29-parents-invite-sent');

  // The second parent signs up on their own phone and accepts with the code.
  const secondContext = await anotherDevice(browser, testInfo);
  const secondPage = await secondContext.newPage();
  const secondAuth = new AuthPages(secondPage);
  await secondAuth.signUp(second);
  await secondAuth.signIn(second);
  await expect(secondPage.getByText('Пока нет ни одной карточки ребёнка.')).toBeVisible();
  await secondPage.getByRole('link', { name: 'Родители и приглашения' }).click();
  const code = await codeFromOutbox(secondPage.request, second.email, 'family-invitation');
  await secondPage.getByLabel('Код приглашения').fill(code);
  await secondPage.getByRole('button', { name: 'Принять приглашение' }).click();
  await expect(secondPage.getByText('Вы в семье')).toBeVisible();
  await expect(secondPage.getByTestId('members')).toContainText('Иванова Елена');
  await expect(secondPage.getByTestId('members')).toContainText('Сидоров Павел');
  await shot(secondPage, '30-parents-joined');
  expect(await seriousViolations(secondPage)).toEqual([]);
  expect((await sessionOf(secondPage)).account.familyId).toBe(
    (await sessionOf(page)).account.familyId,
  );
  await secondPage.getByRole('link', { name: /К списку детей/ }).click();
  await expect(new FamilyPage(secondPage).row('Сидорова Вера')).toBeVisible();

  // Leaving takes nothing away from the family.
  await secondPage.getByRole('link', { name: 'Родители и приглашения' }).click();
  await secondPage.getByRole('button', { name: 'Покинуть семью' }).click();
  await secondPage.getByRole('button', { name: 'Да, покинуть семью' }).click();
  await expect(secondPage.getByText('Вы покинули семью.')).toBeVisible();
  await secondPage.getByRole('link', { name: /К списку детей/ }).click();
  await expect(secondPage.getByText('Пока нет ни одной карточки ребёнка.')).toBeVisible();
  await family.open();
  await expect(family.row('Сидорова Вера')).toBeVisible();
  await secondContext.close();
});
