import { expect, test } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { ARTEM, ChildCardPage } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { ChildAccountSection, signInWithLogin } from './page-models/linking-pages.ts';
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
  // «Упрощённая учётная запись», and what changes at 14 (10.01.2019 → 10.01.2033).
  const mine = childPage.getByTestId('simplified-account');
  await expect(mine).toContainText('Упрощённая учётная запись');
  await expect(mine).toContainText('С 14 лет (10.01.2033)');
  await mine.scrollIntoViewIfNeeded();
  await shot(childPage, '28-child-simplified-home');
  expect(await seriousViolations(childPage)).toEqual([]);
  // A child sees only their own card: no family list, no way to add children.
  await expect(childPage.getByRole('button', { name: 'Добавить ребёнка' })).toHaveCount(0);

  // --- After a reload the parent still sees the login, and what the account is.
  await page.reload();
  await account.expectLogin(login);
  const simplified = account.managed.getByTestId('simplified-account');
  await expect(simplified).toContainText('Упрощённая учётная запись');
  await expect(simplified).toContainText(
    'С 14 лет (10.01.2033) ребёнок заводит свою учётную запись с телефоном',
  );
  await simplified.scrollIntoViewIfNeeded();
  await shot(page, '28a-parent-child-account-after-reload');
  expect(await seriousViolations(page)).toEqual([]);

  // The parent sets a new password (Cyrillic, as a Russian keyboard types it): the old one
  // stops working, the child signs in with the new one.
  await expect(account.managed).toContainText(
    'Ребёнок выйдет на всех устройствах и войдёт с новым паролем.',
  );
  const typed = 'Зелёный-кот-2033';
  await account.setPassword(typed);
  await signInWithLogin(childPage, login, password);
  await expect(childPage.getByText('Неверный логин или пароль.')).toBeVisible();
  await signInWithLogin(childPage, login, typed);
  await expect(childPage.getByRole('heading', { name: 'Мой профиль' })).toBeVisible();

  // Or a password made for the child, shown once.
  const made = await account.makePassword();
  await expect(account.managed.getByTestId('one-time-password')).toContainText(
    'Он показан один раз',
  );
  await account.managed.getByTestId('one-time-password').scrollIntoViewIfNeeded();
  await shot(page, '28b-parent-one-time-password');
  await signInWithLogin(childPage, login, made);
  await expect(childPage.getByRole('heading', { name: 'Мой профиль' })).toBeVisible();
  await page.reload();
  await account.expectLogin(login);
  await expect(account.managed.getByTestId('one-time-password')).toHaveCount(0);

  // Deleting the account: confirmed first; the card stays, an account can be made again.
  await account.deleteAccount();
  await expect(
    account.section.getByText('Учётная запись удалена. Карточка и документы на месте.'),
  ).toBeVisible();
  await expect(
    account.section.getByRole('button', { name: 'Создать учётную запись ребёнка' }),
  ).toBeVisible({ timeout: 20_000 });
  await card.expectStatus('Проверено');
  await account.section.scrollIntoViewIfNeeded();
  await shot(page, '28c-parent-child-account-deleted');
  expect(await seriousViolations(page)).toEqual([]);
  await signInWithLogin(childPage, login, made);
  await expect(childPage.getByText('Неверный логин или пароль.')).toBeVisible();
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
