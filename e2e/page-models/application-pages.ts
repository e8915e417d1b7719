import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** «Услуги» and an application's page, driven by visible labels and roles. */
export class ApplicationPages {
  constructor(private readonly page: Page) {}

  async openServices(): Promise<void> {
    await this.page.getByRole('link', { name: 'Услуги' }).first().click();
    await expect(this.page.getByRole('heading', { name: 'Услуги', level: 1 })).toBeVisible();
  }

  service(title: string): Locator {
    return this.page
      .getByTestId('service')
      .filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** Starts a draft for the service (for the first child, or the one named). */
  async start(title: string, child?: string): Promise<void> {
    const card = this.service(title);
    if (child) await card.getByLabel('Для кого заявление').selectOption({ label: child });
    await card.getByRole('button', { name: 'Заполнить заявление' }).click();
    await expect(this.page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async select(label: string, option: string): Promise<void> {
    await this.field(label).selectOption({ label: option });
  }

  /** Ticks choices of a multi-select in the order given (the order of preference). */
  async choose(group: string, options: readonly string[]): Promise<void> {
    const set = this.page.getByRole('group', { name: group });
    for (const o of options) await set.getByRole('checkbox', { name: o }).check();
  }

  async consent(): Promise<void> {
    await this.page
      .getByRole('checkbox', { name: /Согласен на обработку персональных данных/ })
      .check();
  }

  async send(): Promise<void> {
    await this.page.getByTestId('send-application').click();
  }

  async expectStatus(text: string): Promise<void> {
    await expect(this.page.getByTestId('application-status')).toHaveText(text);
  }

  requestNumber(): Locator {
    return this.page.getByTestId('request-number');
  }

  document(kind: string): Locator {
    return this.page.getByTestId(`document-${kind}`);
  }
}

/** The operator's list and detail screens. */
export class OperatorPages {
  constructor(private readonly page: Page) {}

  async signIn(login: string, password: string): Promise<void> {
    await this.page.goto('/sign-in');
    await this.page.getByLabel('Телефон, почта или логин').fill(login);
    await this.page.getByLabel('Пароль').fill(password);
    await this.page.getByRole('button', { name: 'Продолжить' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Заявления на рассмотрении' }),
    ).toBeVisible();
  }

  async open(requestNumber: string): Promise<void> {
    await this.page.goto('/operator');
    await this.page.getByLabel('Статус').selectOption({ label: 'Любой' });
    await this.page.getByTestId('operator-row').filter({ hasText: requestNumber }).click();
    await expect(this.page.getByRole('heading', { name: new RegExp(requestNumber) })).toBeVisible();
  }

  async askForMore(question: string, fields: readonly string[]): Promise<void> {
    await this.page.getByRole('radio', { name: 'Запросить сведения' }).check();
    await this.page.getByLabel('Вопрос заявителю').fill(question);
    const pick = this.page.getByRole('group', { name: 'Какие поля исправить' });
    for (const f of fields) await pick.getByRole('checkbox', { name: f }).check();
    await this.page.getByTestId('decide').click();
    await expect(this.page.getByTestId('decision-saved')).toBeVisible();
  }

  async approve(result: Readonly<Record<string, string>> = {}): Promise<void> {
    await this.page.getByRole('radio', { name: 'Одобрить' }).check();
    // What happens next, by the labels the desk shows («Место», «Номер документа», …).
    for (const [label, value] of Object.entries(result)) {
      await this.page.getByLabel(label, { exact: true }).fill(value);
    }
    await this.page.getByTestId('decide').click();
    await expect(this.page.getByTestId('decision-saved')).toBeVisible();
  }
}

export interface OutboxMessage {
  channel: 'sms' | 'email';
  to: string;
  purpose: string;
  text: string;
}

/** The messages of `purpose` sent to `to`, read from the development outbox once some arrive. */
export async function messagesTo(
  request: APIRequestContext,
  to: readonly string[],
  purpose: string,
  count: number,
): Promise<OutboxMessage[]> {
  let found: OutboxMessage[] = [];
  await expect
    .poll(
      async () => {
        const response = await request.get('/api/v1/dev/outbox');
        const { messages } = (await response.json()) as { messages: OutboxMessage[] };
        found = messages.filter((m) => to.includes(m.to) && m.purpose === purpose);
        return found.length;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return found;
}
