import { expect, type Locator, type Page } from '@playwright/test';
import { DocumentsSection, photoOf } from './documents-section.ts';

export interface PassportData {
  surname: string;
  givenName: string;
  patronymic: string;
  birthDate: string;
  series: string;
  number: string;
  issueDate: string;
  issuedBy: string;
  departmentCode: string;
}

/** Елена Иванова's passport as she types it: the fixture registry holds it (4506 100001). */
export const ELENA_PASSPORT: PassportData = {
  surname: 'Иванова',
  givenName: 'Елена',
  patronymic: 'Петровна',
  birthDate: '12.04.1990',
  series: '45 06',
  number: '100001',
  issueDate: '15.02.2010',
  issuedBy: 'ОВД района Тверской г. Москвы',
  departmentCode: '772-001',
};

/** «Мой профиль»: the passport form and the confirmation of the account. */
export class ProfilePage {
  readonly badge: Locator;
  constructor(private readonly page: Page) {
    this.badge = page.getByTestId('identity-badge');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('profile-link').click();
    await expect(this.page.getByRole('heading', { name: 'Мой профиль', level: 1 })).toBeVisible();
  }

  input(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(p: PassportData): Promise<void> {
    await this.input('Фамилия').fill(p.surname);
    await this.input('Имя').fill(p.givenName);
    await this.input('Отчество').fill(p.patronymic);
    await this.input('Дата рождения').fill(p.birthDate);
    await this.input('Серия паспорта').fill(p.series);
    await this.input('Номер паспорта').fill(p.number);
    await this.input('Дата выдачи паспорта').fill(p.issueDate);
    await this.input('Кем выдан паспорт').fill(p.issuedBy);
    await this.input('Код подразделения').fill(p.departmentCode);
    await this.page.getByRole('heading', { level: 1 }).click();
  }

  async confirm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Подтвердить учётную запись' }).click();
  }

  /**
   * The whole confirmation, from the family screen and back to it: passport,
   * its scan, «Подтвердить», and the fixture registry's «Подтверждённая».
   */
  async confirmIdentity(passport: PassportData = ELENA_PASSPORT): Promise<void> {
    await this.open();
    await this.fill(passport);
    const scan = new DocumentsSection(this.page, 'Главная страница паспорта');
    await scan.takePhoto(await photoOf(this.page, 2000, 1400, 'pasport.jpg'));
    await expect(scan.pages()).toHaveCount(1);
    await this.confirm();
    await expect(this.badge).toHaveText('Подтверждённая', { timeout: 30_000 });
    await this.page.getByRole('link', { name: /К списку детей/ }).click();
  }
}
