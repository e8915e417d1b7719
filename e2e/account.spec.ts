import { expect, test, type Page } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { ChildCardPage } from './page-models/child-card-page.ts';
import { TIMOFEY } from './support/journey-children.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { anotherDevice } from './support/devices.ts';
import { seriousViolations } from './support/axe.ts';
import { codeFromOutbox, newParent, sessionOf } from './support/accounts.ts';
import { shot } from './support/shots.ts';

/** A passphrase a Russian keyboard types without switching layouts. */
const NEW_PASSWORD = 'три зелёных кота';

async function noSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** The resend wait as shown, e.g. «…через 0:57». */
const waitText = (page: Page) => page.getByTestId('resend-wait').textContent();

test('a parent who forgot the password gets a code and sets a new one', async ({ page }) => {
  const parent = newParent();
  const auth = new AuthPages(page);
  await auth.signUp(parent);
  await page.getByLabel('Телефон, почта или логин').fill(parent.email);
  await shot(page, 'account-01-sign-in-forgot');
  await page.getByRole('link', { name: 'Забыли пароль?' }).click();
  await expect(page.getByRole('heading', { name: 'Восстановление пароля' })).toBeVisible();
  await expect(page.getByLabel('Телефон или электронная почта')).toHaveValue(parent.email);
  await noSeriousViolations(page);
  await page.getByRole('button', { name: 'Получить код' }).click();

  await expect(page.getByLabel('Код из сообщения')).toBeVisible();
  // The countdown counts: it reads one thing now and less a moment later.
  const first = await waitText(page);
  expect(first).toMatch(/через [01]:\d\d/);
  await expect.poll(() => waitText(page)).not.toBe(first);
  const code = await codeFromOutbox(page.request, [parent.phone, parent.email], 'password-reset');
  await page.getByLabel('Код из сообщения').fill(code);
  // The commonest passwords are refused, and the meter says so while typing.
  await page.getByLabel('Новый пароль').fill('qwerty123456');
  await expect(page.getByTestId('password-strength')).toContainText('Не подойдёт');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByText('такой пароль слишком распространён')).toBeVisible();
  await page.getByLabel('Новый пароль').fill(NEW_PASSWORD);
  await expect(page.getByTestId('password-strength')).toContainText('Надёжный пароль');
  await shot(page, 'account-02-reset-code');
  await noSeriousViolations(page);
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();

  await expect(page.getByText('Пароль изменён. Войдите с новым паролем.')).toBeVisible();
  await expect(page.getByLabel('Телефон, почта или логин')).toHaveValue(parent.email);
  await shot(page, 'account-03-reset-done');
  await auth.signIn({ ...parent, password: NEW_PASSWORD });
});

test('a parent changes the password in «Настройки»', async ({ page }) => {
  const auth = new AuthPages(page);
  const parent = await auth.signUpAndSignIn();
  await page.goto('/family/profile');
  await expect(page.getByRole('link', { name: 'Настройки: пароль, телефон, почта' })).toBeVisible();
  await shot(page, 'account-04a-profile');
  await page.getByRole('link', { name: 'Настройки: пароль, телефон, почта' }).click();
  await expect(page.getByRole('heading', { name: 'Настройки', exact: true })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Уведомления: что и куда присылать' }),
  ).toHaveAttribute('href', '/family/settings/notifications');
  await shot(page, 'account-04-settings');
  await noSeriousViolations(page);

  await page.getByLabel('Текущий пароль').fill('Неверный-пароль-1');
  await page.getByLabel('Новый пароль').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(page.getByText('Неверный логин или пароль.').first()).toBeVisible();
  await page.getByLabel('Текущий пароль').fill(parent.password);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
  await expect(page.getByText('Пароль изменён.')).toBeVisible();
  await shot(page, 'account-05-password-changed');

  // This device stays signed in; the new password is the one that works now.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Настройки', exact: true })).toBeVisible();
  const old = await page.request.post('/api/v1/auth/sign-in', {
    data: { login: parent.email, password: parent.password },
  });
  expect(old.status()).toBe(401);
  const fresh = await page.request.post('/api/v1/auth/sign-in', {
    data: { login: parent.email, password: NEW_PASSWORD },
  });
  expect(fresh.status()).toBe(200);
});

test('a parent changes the phone and the e-mail, each with a code sent to the new one', async ({
  page,
}) => {
  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  await page.goto('/family/settings');
  const other = newParent();

  const phone = page.getByRole('region', { name: 'Телефон' });
  await phone.getByLabel('Новый номер телефона').fill(other.phone);
  await phone.getByRole('button', { name: 'Получить код' }).click();
  await expect(phone.getByLabel('Код из сообщения')).toBeVisible();
  await expect(phone.getByTestId('resend-wait')).toBeVisible();
  await phone
    .getByLabel('Код из сообщения')
    .fill(await codeFromOutbox(page.request, other.phone, 'change-phone'));
  await shot(page, 'account-06-phone-code');
  await phone.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(phone.getByText('Телефон изменён.')).toBeVisible();
  await expect(page.getByTestId('current-phone')).toHaveText(`Сейчас: ${other.phone}`);

  const email = page.getByRole('region', { name: 'Электронная почта' });
  await email.getByLabel('Новый адрес почты').fill(other.email);
  await email.getByRole('button', { name: 'Получить код' }).click();
  await email
    .getByLabel('Код из сообщения')
    .fill(await codeFromOutbox(page.request, other.email, 'change-email'));
  await email.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(email.getByText('Почта изменена.')).toBeVisible();
  await expect(page.getByTestId('current-email')).toHaveText(`Сейчас: ${other.email}`);
  await shot(page, 'account-07-contacts-changed');
  await noSeriousViolations(page);

  // The new e-mail signs in; the session kept the new contacts over a reload.
  const signIn = await page.request.post('/api/v1/auth/sign-in', {
    data: { login: other.email, password: other.password },
  });
  expect(signIn.status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId('current-email')).toHaveText(`Сейчас: ${other.email}`);
});

test('auth screens keep what was typed over a reload, never the password, and say when offline', async ({
  page,
  context,
}) => {
  const parent = newParent();
  await page.goto('/sign-up');
  await page.getByLabel('Фамилия').fill(parent.surname);
  await page.getByLabel('Имя', { exact: true }).fill(parent.givenName);
  await page.getByLabel('Мобильный телефон').fill(parent.phone);
  await page.getByLabel('Электронная почта').fill(parent.email);
  await page.getByLabel('Пароль').fill(NEW_PASSWORD);
  await page.reload();
  await expect(page.getByLabel('Фамилия')).toHaveValue(parent.surname);
  await expect(page.getByLabel('Мобильный телефон')).toHaveValue(parent.phone);
  await expect(page.getByLabel('Электронная почта')).toHaveValue(parent.email);
  await expect(page.getByLabel('Пароль')).toHaveValue('');
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
  expect(stored).not.toContain('кота');

  await context.setOffline(true);
  await expect(page.getByTestId('offline-notice')).toBeVisible();
  await page.getByLabel('Пароль').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByRole('alert')).toContainText('нужна связь');
  await expect(page.getByLabel('Фамилия')).toHaveValue(parent.surname);
  await shot(page, 'account-08-sign-up-offline');
  await context.setOffline(false);
  await expect(page.getByTestId('offline-notice')).toBeHidden();

  // Sign-in: the login and the code step survive a reload, and the wait goes on counting.
  const auth = new AuthPages(page);
  await auth.signUp(parent);
  await page.getByLabel('Телефон, почта или логин').fill(parent.email);
  await page.getByLabel('Пароль').fill(parent.password);
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await expect(page.getByText('Мы отправили код')).toBeVisible();
  const before = await waitText(page);
  await page.reload();
  await expect(page.getByLabel('Код из сообщения')).toBeVisible();
  await expect.poll(() => waitText(page)).not.toBe(before);
  await shot(page, 'account-09-sign-in-code-reloaded');
  await page
    .getByLabel('Код из сообщения')
    .fill(await codeFromOutbox(page.request, [parent.phone, parent.email], 'sign-in'));
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Семья и дети' })).toBeVisible();
});

test('signing in again after the session ended returns to the page that was open', async ({
  page,
}) => {
  const auth = new AuthPages(page);
  const parent = await auth.signUpAndSignIn();
  await page.goto('/family/profile');
  await page
    .getByLabel('Кем выдан паспорт', { exact: true })
    .fill('ОВД района Хамовники г. Москвы');
  await expect(page.getByText('Черновик сохранён на устройстве')).toBeVisible();

  // The session ends on the server (as after its lifetime); the next sync hears 401.
  const { token } = await sessionOf(page);
  await page.request.post('/api/v1/auth/sign-out', {
    headers: { authorization: `Bearer ${token}` },
  });
  await page.reload();
  await expect(page.getByText('Сеанс истёк')).toBeVisible();
  await page.getByRole('link', { name: 'Войти снова' }).click();
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
  await shot(page, 'account-10-sign-in-again');

  await auth.signIn(parent, 'Мой профиль');
  await expect(page).toHaveURL(/\/family\/profile$/);
  await expect(page.getByLabel('Кем выдан паспорт', { exact: true })).toHaveValue(
    'ОВД района Хамовники г. Москвы',
  );
});

test('a child account made with an e-mail: the child sets the password from the e-mailed code', async ({
  page,
  browser,
}, testInfo) => {
  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  await new FamilyPage(page).addChild();
  const card = new ChildCardPage(page);
  await card.fill(TIMOFEY);
  await card.submit();
  await card.expectStatus('Проверено');
  const childId = /\/family\/child\/([^/?#]+)/.exec(page.url())?.[1];
  const email = `timofey-${Date.now().toString(36)}@example.ru`;
  const { token } = await sessionOf(page);
  const created = await page.request.post(`/api/v1/family/children/${childId}/account`, {
    headers: { authorization: `Bearer ${token}` },
    data: { email },
  });
  expect(created.status()).toBe(201);

  // The child, on another device, from the sign-in screen.
  const childContext = await anotherDevice(browser, testInfo);
  const child = await childContext.newPage();
  await child.goto('/sign-in');
  await child.getByRole('link', { name: 'Пришёл код на почту от Родника? Задайте пароль' }).click();
  await expect(child.getByRole('heading', { name: 'Пароль для учётной записи' })).toBeVisible();
  await child.getByLabel('Электронная почта').fill(email);
  await child
    .getByLabel('Код из сообщения')
    .fill(await codeFromOutbox(child.request, email, 'password-reset'));
  await child.getByLabel('Новый пароль').fill('мой кот мурзик');
  await shot(child, 'account-11-child-set-password');
  await noSeriousViolations(child);
  await child.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(child.getByText('Пароль задан. Теперь войдите: почта и пароль.')).toBeVisible();
  await child.getByLabel('Пароль').fill('мой кот мурзик');
  await child.getByRole('button', { name: 'Продолжить' }).click();
  await child
    .getByLabel('Код из сообщения')
    .fill(await codeFromOutbox(child.request, email, 'sign-in'));
  await child.getByRole('button', { name: 'Войти', exact: true }).click();
  await expect(child.getByRole('heading', { name: 'Мой профиль' })).toBeVisible();
  await childContext.close();
});
