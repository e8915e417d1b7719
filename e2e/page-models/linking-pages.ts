import { expect, type Locator, type Page } from '@playwright/test';

/** The parent's side: the «Учётная запись ребёнка» section of a verified card. */
export class ChildAccountSection {
  readonly section: Locator;
  readonly status: Locator;
  readonly code: Locator;
  readonly expiry: Locator;
  constructor(private readonly page: Page) {
    this.section = page.getByTestId('child-account');
    this.status = this.section.getByTestId('link-status');
    this.code = this.section.getByTestId('link-code');
    this.expiry = this.section.getByTestId('link-code-expiry');
  }

  async requestCode(): Promise<void> {
    await this.section.getByRole('button', { name: 'Получить код привязки' }).click();
  }

  async requestNewCode(): Promise<void> {
    await this.section.getByRole('button', { name: 'Получить новый код' }).click();
  }

  /** Waits for the code to show and returns it as displayed (XXXX-XXXX). */
  async shownCode(): Promise<string> {
    await expect(this.code).toHaveText(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/, {
      timeout: 20_000,
    });
    return (await this.code.textContent())?.trim() ?? '';
  }

  async expectState(state: string): Promise<void> {
    await expect(this.status).toHaveAttribute('data-state', state, { timeout: 20_000 });
  }

  /** «Скопировать код»: returns what the clipboard then holds (the context must grant it). */
  async copyCode(): Promise<string> {
    await this.section.getByRole('button', { name: 'Скопировать код' }).click();
    await expect(this.section.getByTestId('link-code-copied')).toHaveText(
      'Код скопирован — вставьте его в сообщение ребёнку.',
    );
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The simplified account the parent manages: login, password, deletion. */
  get managed(): Locator {
    return this.section.getByTestId('managed-account');
  }

  async expectLogin(login: string): Promise<void> {
    await expect(this.managed.getByTestId('child-login')).toHaveText(login, { timeout: 20_000 });
  }

  async setPassword(password: string): Promise<void> {
    await this.managed.getByLabel('Новый пароль ребёнка').fill(password);
    await this.managed.getByRole('button', { name: 'Сохранить пароль' }).click();
    await expect(this.managed.getByText('Пароль изменён.')).toBeVisible();
  }

  /** «Создать пароль автоматически»: returns the password shown once. */
  async makePassword(): Promise<string> {
    await this.managed.getByRole('button', { name: 'Создать пароль автоматически' }).click();
    const shown = this.managed.getByTestId('one-time-password').locator('output');
    await expect(shown).toHaveText(/^[A-Z]{4}-[a-z]{4}-[2-9]{4}$/);
    return (await shown.textContent())?.trim() ?? '';
  }

  async deleteAccount(): Promise<void> {
    await this.managed.getByRole('button', { name: 'Удалить учётную запись' }).click();
    await expect(this.managed.getByText('Ребёнок больше не сможет войти.')).toBeVisible();
    await this.managed.getByRole('button', { name: 'Да, удалить учётную запись' }).click();
  }
}

/** A child's simplified account signing in on its own device: login and password, no code. */
export async function signInWithLogin(page: Page, login: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Телефон, почта или логин').fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Продолжить' }).click();
}

/** The teenager's side: home with their card, and «Связать с родителем». */
export class TeenLinking {
  constructor(private readonly page: Page) {}

  async openLinkForm(): Promise<void> {
    await this.page.getByRole('link', { name: 'Связать с родителем' }).click();
    await expect(this.page.getByRole('heading', { name: 'Связать с родителем' })).toBeVisible();
  }

  async enterCertificate(series: string, number: string): Promise<void> {
    await this.page.getByLabel('Серия свидетельства').fill(series);
    await this.page.getByLabel('Номер свидетельства').fill(number);
    await this.page.getByRole('button', { name: 'Связать' }).click();
    await expect(this.page.getByLabel('Код привязки')).toBeFocused();
  }

  async enterCode(code: string): Promise<void> {
    await this.page.getByLabel('Код привязки').fill(code);
    await this.page.getByRole('button', { name: 'Связать' }).click();
  }

  /** The form's own line beside «Связать», for what no field can fix. */
  get formError(): Locator {
    return this.page.getByTestId('link-error');
  }

  /** The words under a field (the input's aria-describedby error). */
  fieldError(id: 'link-series' | 'link-number' | 'link-code'): Locator {
    return this.page.locator(`#${id}-error`);
  }
}

/** Any valid-looking code other than `code`. */
export function anotherCode(code: string): string {
  const first = code[0] === 'A' ? 'B' : 'A';
  return `${first}${code.slice(1)}`;
}
