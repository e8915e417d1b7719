import { expect, test } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { newParent } from './support/accounts.ts';
import { shot } from './support/shots.ts';

test('a parent signs up and signs in with codes from the outbox', async ({ page }) => {
  const parent = newParent();
  const auth = new AuthPages(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
  await shot(page, '01-sign-in');
  // English is one tap away, and the choice sticks.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await shot(page, '09-sign-in-en');
  // A reload starts in English (its catalogue loads before the first render).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('button', { name: 'Переключить на русский' }).click();
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { name: 'Регистрация' })).toBeVisible();
  await shot(page, '02-sign-up');
  await auth.signUp(parent);
  await auth.signIn(parent);
  await expect(page).toHaveURL(/\/family$/);
  await expect(page.getByText('Пока нет ни одной карточки ребёнка.')).toBeVisible();
  await shot(page, '03-family-empty');

  // The session survives a reload; signing out returns to the sign-in screen.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Семья и дети' })).toBeVisible();
  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('a wrong code is refused with words from the server', async ({ page }) => {
  const parent = newParent();
  const auth = new AuthPages(page);
  await auth.signUp(parent);
  await page.getByLabel('Телефон, почта или логин').fill(parent.email);
  await page.getByLabel('Пароль').fill(parent.password);
  await page.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByLabel('Код из сообщения').fill('000000');
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
