import { expect, type Page } from '@playwright/test';
import { codeFromOutbox, newParent, type Parent } from '../support/accounts.ts';

/** Sign-up and sign-in screens, driven the way a parent uses them (labels, not selectors). */
export class AuthPages {
  constructor(private readonly page: Page) {}

  /** Signs up as a parent, or (`role: 'child'`) as a teenager of 14 or older. */
  async signUp(parent: Parent, role: 'parent' | 'child' = 'parent'): Promise<void> {
    const { page } = this;
    await page.goto('/sign-up');
    await page
      .getByRole('radio', { name: role === 'child' ? 'Мне 14 лет или больше' : 'Я родитель' })
      .check();
    await page.getByLabel('Фамилия').fill(parent.surname);
    await page.getByLabel('Имя', { exact: true }).fill(parent.givenName);
    await page.getByLabel('Отчество (если есть)').fill(parent.patronymic);
    await page.getByLabel('Мобильный телефон').fill(parent.phone);
    await page.getByLabel('Электронная почта').fill(parent.email);
    await page.getByLabel('Пароль').fill(parent.password);
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();

    await expect(page.getByRole('heading', { name: 'Подтвердите телефон' })).toBeVisible();
    await this.enterCode(
      await codeFromOutbox(page.request, parent.phone, 'confirm-phone'),
      'Подтвердить',
    );
    await expect(page.getByRole('heading', { name: 'Подтвердите почту' })).toBeVisible();
    await this.enterCode(
      await codeFromOutbox(page.request, parent.email, 'confirm-email'),
      'Подтвердить',
    );
    await expect(page.getByText('Телефон и почта подтверждены')).toBeVisible();
  }

  /** A new parent, signed up and signed in: where most journeys start. */
  async signUpAndSignIn(parent: Parent = newParent()): Promise<Parent> {
    await this.signUp(parent);
    await this.signIn(parent);
    return parent;
  }

  /** Signs in with the e-mail, the password and the code; lands on the home screen. */
  async signIn(parent: Parent, home = 'Семья и дети'): Promise<void> {
    const { page } = this;
    if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
    await page.getByLabel('Телефон, почта или логин').fill(parent.email);
    await page.getByLabel('Пароль').fill(parent.password);
    await page.getByRole('button', { name: 'Продолжить' }).click();
    await expect(page.getByText('Мы отправили код')).toBeVisible();
    await this.enterCode(
      await codeFromOutbox(page.request, [parent.phone, parent.email], 'sign-in'),
      'Войти',
    );
    await expect(page.getByRole('heading', { name: home })).toBeVisible();
  }

  private async enterCode(code: string, button: string): Promise<void> {
    await this.page.getByLabel('Код из сообщения').fill(code);
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }
}
