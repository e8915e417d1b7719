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
