import { expect, type Locator, type Page } from '@playwright/test';

/** «Семья и дети» with the always-visible sync status bar. */
export class FamilyPage {
  readonly statusBar: Locator;
  constructor(private readonly page: Page) {
    this.statusBar = page.getByTestId('status-bar');
  }

  async open(): Promise<void> {
    await this.page.goto('/family');
    await expect(this.page.getByRole('heading', { name: 'Семья и дети' })).toBeVisible();
  }

  async addChild(): Promise<void> {
    await this.page.getByRole('button', { name: 'Добавить ребёнка' }).click();
    await expect(this.page.getByRole('heading', { name: 'Карточка ребёнка' })).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.getByTestId('child-row').filter({ hasText: name });
  }

  async expectNetwork(state: 'В сети' | 'Нет связи'): Promise<void> {
    await expect(this.page.getByTestId('network-state')).toHaveText(state);
  }

  async expectPending(count: number): Promise<void> {
    await expect(this.page.getByTestId('pending-count')).toHaveAttribute(
      'data-count',
      String(count),
    );
  }
}
