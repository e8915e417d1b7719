import { expect, type Locator, type Page } from '@playwright/test';

export interface CardData {
  surname: string;
  givenName: string;
  patronymic: string;
  birthDate: string;
  sex: 'Женский' | 'Мужской';
  birthPlace: string;
  region: string;
  settlement: string;
  street: string;
  house: string;
  postcode: string;
  series: string;
  number: string;
  issueDate: string;
  issuedBy: string;
  snils?: string;
  /** Who the parent is to the child; «Мать» unless said otherwise (the e2e parent is Елена Иванова). */
  relation?: 'Мать' | 'Отец' | 'Усыновитель' | 'Опекун или попечитель';
}

/** Анна Иванова from the fixture registry: this card verifies. */
export const ANNA: CardData = {
  surname: 'Иванова',
  givenName: 'Анна',
  patronymic: 'Сергеевна',
  birthDate: '14.05.2021',
  sex: 'Женский',
  birthPlace: 'г. Тверь',
  region: 'Тверская область',
  settlement: 'Тверь',
  street: 'Советская',
  house: '5',
  postcode: '170100',
  series: 'IV-МЮ',
  number: '100001',
  issueDate: '20.05.2021',
  issuedBy: 'Отдел ЗАГС г. Твери',
};

/** The child card form, found by its visible labels. */
export class ChildCardPage {
  constructor(private readonly page: Page) {}

  /** An input of the card's form by its label (the documents below have sections named alike). */
  input(label: string): Locator {
    return this.page.locator('form').getByLabel(label, { exact: true });
  }

  async fill(card: CardData): Promise<void> {
    const p = this.page;
    await this.input('Фамилия').fill(card.surname);
    await this.input('Имя').fill(card.givenName);
    await this.input('Отчество').fill(card.patronymic);
    await this.input('Дата рождения').fill(card.birthDate);
    await p.getByRole('radio', { name: card.sex }).check();
    await this.input('Место рождения').fill(card.birthPlace);
    await p.getByRole('radio', { name: card.relation ?? 'Мать', exact: true }).check();
    await this.input('Регион').fill(card.region);
    await this.input('Населённый пункт').fill(card.settlement);
    await this.input('Улица').fill(card.street);
    await this.input('Дом').fill(card.house);
    await this.input('Индекс').fill(card.postcode);
    await this.input('Серия свидетельства о рождении').fill(card.series);
    await this.input('Номер свидетельства о рождении').fill(card.number);
    await this.input('Дата выдачи свидетельства о рождении').fill(card.issueDate);
    await this.input('Кем выдано свидетельство о рождении').fill(card.issuedBy);
    if (card.snils) await this.input('СНИЛС').fill(card.snils);
    await p.getByRole('checkbox', { name: 'Согласен на обработку персональных данных' }).check();
    // Blur the last field so its save has happened.
    await p.getByRole('heading', { level: 1 }).click();
  }

  radio(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Отправить на проверку' }).click();
  }

  async expectStatus(text: string): Promise<void> {
    await expect(this.page.getByTestId('card-status')).toHaveText(text);
  }
}

/**
 * Мария Смирнова from the fixture registry: another name gives
 * `registry-name-mismatch`. A second identity, because the same certificate
 * in two families is refused as a duplicate (all tests share one server).
 */
export const MARIA: CardData = {
  ...ANNA,
  surname: 'Смирнова',
  givenName: 'Мария',
  patronymic: 'Олеговна',
  birthDate: '01.09.2019',
  number: '100003',
  issueDate: '10.09.2019',
};

/**
 * Илья Петров from the fixture registry, a teenager (02.03.2011): his card
 * verifies, and he links his own account with a code. One family per server
 * run may hold this certificate (a second one is a duplicate).
 */
export const ILYA: CardData = {
  surname: 'Петров',
  givenName: 'Илья',
  patronymic: 'Андреевич',
  birthDate: '02.03.2011',
  sex: 'Мужской',
  birthPlace: 'г. Тверь',
  region: 'Тверская область',
  settlement: 'Тверь',
  street: 'Советская',
  house: '7',
  postcode: '170100',
  series: 'II-АК',
  number: '100002',
  issueDate: '12.03.2011',
  issuedBy: 'Отдел ЗАГС г. Твери',
};

/**
 * Артём Кузнецов from the fixture registry (10.01.2019): under 14, so the
 * parent creates his simplified account. Only the family-accounts journey uses it.
 */
export const ARTEM: CardData = {
  ...ANNA,
  surname: 'Кузнецов',
  givenName: 'Артём',
  patronymic: 'Ильич',
  birthDate: '10.01.2019',
  sex: 'Мужской',
  number: '100004',
  issueDate: '20.01.2019',
};

/** Вера Соколова from the fixture registry (03.03.2022): a pre-school child of the applications journey. */
export const VERA: CardData = {
  ...ANNA,
  surname: 'Соколова',
  givenName: 'Вера',
  patronymic: 'Дмитриевна',
  birthDate: '03.03.2022',
  number: '100005',
  issueDate: '10.03.2022',
};

/**
 * Матвей Иванов from the fixture registry (12.02.2018; mother Елена Иванова, the
 * e2e parent): the card-form journey verifies this card and then edits it.
 */
export const MATVEY: CardData = {
  ...ANNA,
  givenName: 'Матвей',
  surname: 'Иванов',
  patronymic: 'Сергеевич',
  birthDate: '12.02.2018',
  sex: 'Мужской',
  number: '100008',
  issueDate: '20.02.2018',
  snils: '087-654-321 02',
};

/**
 * Никита Орлов from the fixture registry (08.08.2020): his birth record names
 * Ольга and Павел Орловы, so the e2e parent (Елена Иванова) saying «Мать» is
 * asked for a guardianship or adoption decision.
 */
export const NIKITA: CardData = {
  ...ANNA,
  surname: 'Орлов',
  givenName: 'Никита',
  patronymic: 'Павлович',
  birthDate: '08.08.2020',
  sex: 'Мужской',
  number: '100006',
  issueDate: '15.08.2020',
};
