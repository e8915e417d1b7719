import { expect, test, type Page } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import {
  ANNA,
  ChildCardPage,
  MATVEY,
  NIKITA,
  type CardData,
} from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { seriousViolations } from './support/axe.ts';
import { shot } from './support/shots.ts';

/**
 * Анна's card under a certificate no registry holds: these journeys never send it,
 * and a draft holding a real certificate would make another family's card a duplicate.
 */
const DRAFT_ONLY: CardData = { ...ANNA, number: '900001' };

/** A new parent with an empty card open. */
async function newCard(page: Page): Promise<ChildCardPage> {
  await new AuthPages(page).signUpAndSignIn();
  await new FamilyPage(page).addChild();
  return new ChildCardPage(page);
}

/** Selects what a field holds and deletes it, the way a thumb does before retyping. */
async function clearByHand(page: Page, card: ChildCardPage, label: string): Promise<void> {
  const input = card.input(label);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
}

test('dates take what a phone keypad types, citizenship is a country list, required fields are marked', async ({
  page,
}) => {
  const card = await newCard(page);
  const birthDate = card.input('Дата рождения');
  await expect(birthDate).toHaveAttribute('inputmode', 'numeric');

  // Digits alone: the dots come by themselves.
  await birthDate.pressSequentially('14052021');
  await expect(birthDate).toHaveValue('14.05.2021');
  // Other separators and one-digit day or month: shown as ДД.ММ.ГГГГ once the field is left.
  const issueDate = card.input('Дата выдачи свидетельства о рождении');
  await issueDate.pressSequentially('2/6/2021');
  await card.input('Кем выдано свидетельство о рождении').click();
  await expect(issueDate).toHaveValue('02.06.2021');
  await clearByHand(page, card, 'Дата выдачи свидетельства о рождении');
  await issueDate.pressSequentially('20 5 2021');
  await card.input('Кем выдано свидетельство о рождении').click();
  await expect(issueDate).toHaveValue('20.05.2021');

  // Citizenship: Russia from the start, a list to pick from, and «РФ» understood.
  const citizenship = card.input('Гражданство');
  await expect(citizenship).toHaveValue('Россия');
  const list = await citizenship.getAttribute('list');
  await expect(page.locator(`datalist#${list} option`).first()).toHaveAttribute('value', 'Россия');
  expect(await page.locator(`datalist#${list} option`).count()).toBe(249);
  await clearByHand(page, card, 'Гражданство');
  await citizenship.pressSequentially('РФ');
  await card.input('Место рождения').click();
  await expect(citizenship).toHaveValue('Россия');
  await clearByHand(page, card, 'Гражданство');
  await citizenship.pressSequentially('Российская Федерация');
  await card.input('Место рождения').click();
  await expect(citizenship).toHaveValue('Россия');
  await expect(page.getByText('выберите страну из списка')).toHaveCount(0);
  await expect(page.getByTestId('conflict-entry')).toHaveCount(0);

  // Required fields: a star to see and aria-required to hear.
  for (const label of ['Фамилия', 'Имя', 'Дата рождения', 'Регион', 'Индекс', 'Гражданство']) {
    await expect(card.input(label)).toHaveAttribute('aria-required', 'true');
  }
  await expect(card.input('Отчество')).not.toHaveAttribute('aria-required', 'true');
  await expect(page.getByRole('radiogroup', { name: 'Пол' })).toHaveAttribute(
    'aria-required',
    'true',
  );
  await expect(page.getByText('Поля со звёздочкой * обязательны.')).toBeVisible();
  await shot(page, 'card-form-01-keypad-dates-country');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a bad date does not take the next tap: «Женский» right after the date field is selected', async ({
  page,
}) => {
  const card = await newCard(page);
  await card.input('Фамилия').fill('Иванова');
  const birthDate = card.input('Дата рождения');
  await birthDate.click();
  await birthDate.pressSequentially('31022021');
  await expect(birthDate).toHaveValue('31.02.2021');
  // The tap that leaves the date field lands on «Женский», though the date's message appears.
  await card.radio('Женский').click();
  await expect(card.radio('Женский')).toBeChecked();
  await expect(page.getByText('Дата рождения: такой даты нет в календаре')).toBeVisible();
  await shot(page, 'card-form-02-date-error-tap-kept');
});

test('with the address block empty, every empty part is marked, focus goes to the first, the summary links to each', async ({
  page,
}) => {
  const card = await newCard(page);
  await card.fill(DRAFT_ONLY);
  for (const label of ['Регион', 'Населённый пункт', 'Улица', 'Дом', 'Индекс']) {
    await clearByHand(page, card, label);
  }
  await card.submit();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('Исправьте 4 поля, чтобы отправить карточку.');
  await expect(card.input('Регион')).toBeFocused();
  await expect(card.input('Регион')).toHaveAttribute('aria-invalid', 'true');
  for (const label of ['Населённый пункт', 'Дом', 'Индекс']) {
    await expect(card.input(label)).toHaveAttribute('aria-invalid', 'true');
  }
  await shot(page, 'card-form-03-address-summary');
  expect(await seriousViolations(page)).toEqual([]);
  await summary.getByRole('link', { name: /^Индекс/ }).click();
  await expect(card.input('Индекс')).toBeFocused();
});

test('what is being retyped is never overwritten by the saved draft coming back', async ({
  page,
}) => {
  const card = await newCard(page);
  await card.fill(DRAFT_ONLY);
  await expect(page.getByText('Черновик сохранён на устройстве')).toBeVisible();

  // Text, date, citizenship: select all, delete, type anew, key by key.
  await clearByHand(page, card, 'Фамилия');
  await card.input('Фамилия').pressSequentially('Петрова');
  await clearByHand(page, card, 'Дата рождения');
  await card.input('Дата рождения').pressSequentially('03042020');
  await clearByHand(page, card, 'Улица');
  await card.input('Улица').pressSequentially('Садовая');
  await clearByHand(page, card, 'Гражданство');
  await card.input('Гражданство').pressSequentially('Казахстан');
  // Radios: away and back, and another relation.
  await card.radio('Мужской').check();
  await card.radio('Женский').check();
  await card.radio('Отец').check();
  await card.radio('Мать').check();
  await page.getByRole('heading', { level: 1 }).click();

  const expectTyped = async () => {
    await expect(card.input('Фамилия')).toHaveValue('Петрова');
    await expect(card.input('Дата рождения')).toHaveValue('03.04.2020');
    await expect(card.input('Улица')).toHaveValue('Садовая');
    await expect(card.input('Гражданство')).toHaveValue('Казахстан');
    await expect(card.radio('Женский')).toBeChecked();
    await expect(card.radio('Мать')).toBeChecked();
  };
  await expect(page.getByText('Черновик сохранён на устройстве')).toBeVisible();
  await expectTyped();
  // What the device stored is what was typed: the same after a reload.
  await page.reload();
  await expectTyped();
});

test('a verified card: the full SNILS can be shown, no draft note stays, and it can be edited and checked again', async ({
  page,
}) => {
  const card = await newCard(page);
  await card.fill(MATVEY);
  await card.submit();
  await card.expectStatus('Проверено');
  await expect(page.getByText('Черновик сохранён на устройстве')).toHaveCount(0);

  // Opened again later: «Показать» shows the whole SNILS; leaving the field hides it again.
  await page.reload();
  await expect(page.getByTestId('edit-verified')).toBeVisible();
  await shot(page, 'card-form-04a-verified');
  await page.getByRole('button', { name: 'Показать: СНИЛС' }).click();
  await expect(card.input('СНИЛС')).toHaveValue('08765432102');
  await expect(card.input('СНИЛС')).toBeFocused();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.getByTestId('masked-snils')).toBeVisible();

  // A move: the card opens for editing with a note, the change waits for «Отправить изменения».
  await page.getByTestId('edit-verified').click();
  await expect(page.getByTestId('card-note')).toContainText('изменённые поля проверят заново');
  await page.getByRole('checkbox', { name: 'Ребёнок живёт по адресу регистрации' }).uncheck();
  await card.input('Адрес проживания: Регион').fill('Москва');
  await card.input('Адрес проживания: Населённый пункт').fill('Москва');
  await card.input('Адрес проживания: Дом').fill('1');
  await card.input('Адрес проживания: Индекс').fill('101000');
  await expect(page.getByTestId('changed-fields')).toContainText('Адрес проживания: регион');
  await page.getByTestId('card-note').scrollIntoViewIfNeeded();
  await shot(page, 'card-form-04b-edit-note');
  await shot(page, 'card-form-04-edit-verified');
  expect(await seriousViolations(page)).toEqual([]);
  // Nothing typed is lost on a reload while editing.
  await page.reload();
  await expect(card.input('Адрес проживания: Дом')).toHaveValue('1');
  await page.getByRole('button', { name: 'Отправить изменения на проверку' }).click();
  await expect(page.getByTestId('card-note')).toContainText(
    /проверяются заново|Данные подтверждены/,
  );
  await card.expectStatus('Проверено');
  await expect(page.getByText('Черновик сохранён на устройстве')).toHaveCount(0);
  await expect(card.input('Адрес проживания: Дом')).toHaveValue('1');
  await shot(page, 'card-form-05-reverified');
});

test('the legal-representative check: a parent the birth record does not name is asked for a guardianship or adoption decision', async ({
  page,
}) => {
  const card = await newCard(page);
  await card.fill(NIKITA);
  await card.submit();
  await card.expectStatus('Нужно исправить');
  const note = page.getByTestId('card-note');
  await expect(note).toContainText('Исправьте: Кем вы приходитесь ребёнку');
  await expect(page.getByText(/вы не указаны родителем/)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'card-form-06a-not-on-certificate');
  // A guardian says so, and is told which paper to attach, where.
  await card.radio('Опекун или попечитель').check();
  await expect(page.getByTestId('relation-hint')).toContainText(
    'Приложите решение об опеке или об усыновлении',
  );
  await expect(page.getByText('Решение об опеке или об усыновлении').first()).toBeVisible();
  await shot(page, 'card-form-06-legal-representative');
  expect(await seriousViolations(page)).toEqual([]);
});
