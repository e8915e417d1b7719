import { expect, test } from '@playwright/test';
import { ApplicationPages, OperatorPages, messagesTo } from './page-models/application-pages.ts';
import { AuthPages } from './page-models/auth-pages.ts';
import { ANNA, ChildCardPage, VERA } from './page-models/child-card-page.ts';
import { photoOf } from './page-models/documents-section.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { ProfilePage } from './page-models/profile-page.ts';
import { seriousViolations } from './support/axe.ts';
import { E2E_OPERATOR } from './support/operator.ts';
import { shot } from './support/shots.ts';

/**
 * Issue 13: services a child cannot use say why before any draft; a paid club shows its
 * price; the notification settings are saved; a certificate is approved, arrives on the
 * phone as text, and the decision reaches the family by SMS and e-mail.
 */

test('a service the child cannot use says why and makes no draft; a paid club shows its price', async ({
  page,
}) => {
  await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  await new ChildCardPage(page).fill(ANNA); // five years old
  await family.open();

  const apps = new ApplicationPages(page);
  await apps.openServices();
  const school = apps.service('Запись в школу');
  await expect(school.getByTestId('unavailable')).toContainText('Услуга для детей от 6 лет.');
  await expect(school.getByRole('button', { name: 'Заполнить заявление' })).toBeDisabled();
  await school.scrollIntoViewIfNeeded();
  await shot(page, '40-services-unavailable');
  expect(await seriousViolations(page)).toEqual([]);

  // Nothing was drafted for the school.
  await family.open();
  await expect(page.getByTestId('application-row')).toHaveCount(0);

  await apps.openServices();
  await apps.start('Кружки и секции');
  await apps.select('Район (муниципалитет)', 'Раменский городской округ');
  // Only the clubs that take a five-year-old, each paid group with its price.
  const clubs = apps.field('Кружок или секция').locator('option');
  await expect(clubs).toHaveText([
    'Выберите…',
    'Секция плавания «Дельфин» — платная группа 2 500 ₽ в месяц',
  ]);
  await apps.select(
    'Кружок или секция',
    'Секция плавания «Дельфин» — платная группа 2 500 ₽ в месяц',
  );
  await apps.select('Группа', 'Платная');
  await expect(page.getByTestId('price')).toHaveText(
    'Платная группа: 2 500 ₽ в месяц. Оплата — после одобрения.',
  );
  await shot(page, '41-club-paid-price');
  expect(await seriousViolations(page)).toEqual([]);
});

test('notification settings: channels, events and quiet hours in Moscow time are saved', async ({
  page,
}) => {
  await new AuthPages(page).signUpAndSignIn();
  await page.goto('/family/settings/notifications');
  await expect(
    page.getByRole('heading', { name: 'Уведомления по SMS и почте', level: 1 }),
  ).toBeVisible();
  await page.getByTestId('notify-status').uncheck();
  await page.getByTestId('notify-quiet').check();
  await page.getByLabel('С (час)').fill('25');
  await page.getByTestId('notify-save').click();
  await expect(page.getByText('Час — целое число от 0 до 23.')).toBeVisible();
  await expect(page.getByLabel('С (час)')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('С (час)').fill('22');
  await page.getByTestId('notify-save').click();
  await expect(page.getByTestId('notify-saved')).toHaveText('Сохранено.');
  await shot(page, '42-notification-settings');
  expect(await seriousViolations(page)).toEqual([]);

  // Saved on the member document: a reload reads them back from the device.
  await page.reload();
  await expect(page.getByTestId('notify-status')).not.toBeChecked({ timeout: 30_000 });
  await expect(page.getByTestId('notify-quiet')).toBeChecked();
  await expect(page.getByLabel('С (час)')).toHaveValue('22');
});

test('a certificate is approved, arrives on the phone as text, and the decision reaches the family by SMS and e-mail', async ({
  page,
  browser,
}) => {
  const parent = await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  // The card need not be checked for this service: its data (synced as typed) is enough.
  await new ChildCardPage(page).fill(VERA);
  await family.open();
  await new ProfilePage(page).confirmIdentity();
  await family.open();

  const apps = new ApplicationPages(page);
  await apps.openServices();
  await apps.start('Выписка из реестра многодетных семей');
  await apps.select('Для чего нужна выписка', 'Для оформления пособия');
  await apps.consent();
  await apps.send();
  await expect(apps.requestNumber()).toHaveText(/^2026-\d{6}$/, { timeout: 30_000 });
  await apps.expectStatus('На рассмотрении');
  const number = (await apps.requestNumber().textContent())!;

  const operatorContext = await browser.newContext();
  try {
    const operatorPage = await operatorContext.newPage();
    const operator = new OperatorPages(operatorPage);
    await operator.signIn(E2E_OPERATOR.login, E2E_OPERATOR.password);
    await operator.open(number);
    await expect(operatorPage.getByTestId('operator-applicant')).toContainText(
      'учётная запись подтверждена',
    );
    await operatorPage.getByRole('radio', { name: 'Одобрить' }).check();
    await shot(operatorPage, '43-operator-result');
    await operator.approve({ 'Номер документа': 'МС-17/2026' });
  } finally {
    await operatorContext.close();
  }

  // On the phone: the decision and the extract, as text a screen reader reads.
  await apps.expectStatus('Одобрено');
  const extract = page.getByTestId('issued-document');
  await expect(extract).toContainText('Выписка из реестра многодетных семей');
  await expect(extract).toContainText('№ МС-17/2026');
  await expect(extract).toContainText('Соколова Вера Дмитриевна');
  await expect(page.getByTestId('result-documentNumber')).toContainText('МС-17/2026');
  await extract.scrollIntoViewIfNeeded();
  await shot(page, '44-certificate-on-phone');

  // The receipt as real text: the number, the service and the decision.
  const receipt = page.getByTestId('receipt-view');
  await receipt.getByText('Квитанция текстом').click();
  await expect(receipt.getByRole('article')).toContainText(number);
  await expect(receipt.getByRole('article')).toContainText('РешениеОдобрено');
  await expect(receipt.getByRole('article')).toContainText('МС-17/2026');
  await receipt.scrollIntoViewIfNeeded();
  await shot(page, '45-receipt-as-text');
  expect(await seriousViolations(page)).toEqual([]);

  // Outside the app: one SMS and one e-mail, the request number and the service only.
  const messages = await messagesTo(
    page.request,
    [parent.phone, parent.email],
    'application-decision',
    2,
  );
  expect(messages.map((m) => [m.channel, m.to]).sort()).toEqual(
    [
      ['email', parent.email],
      ['sms', parent.phone],
    ].sort(),
  );
  for (const m of messages) {
    expect(m.text).toContain(`№ ${number}`);
    expect(m.text).toContain('«Выписка из реестра многодетных семей»');
    expect(m.text).not.toMatch(/Соколова|Вера|Иванова|Елена/);
  }
});

test('a refusal names what to correct, and a corrected copy goes with the same scans', async ({
  page,
  browser,
}) => {
  await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  await new ChildCardPage(page).fill(VERA);
  await family.open();
  await new ProfilePage(page).confirmIdentity();
  await family.open();

  const apps = new ApplicationPages(page);
  await apps.openServices();
  await apps.start('СНИЛС для ребёнка');
  await apps.field('Место рождения').fill('г. Тверь');
  await apps.select('Гражданство', 'Российская Федерация');
  await apps.field('Адрес регистрации ребёнка').fill('г. Тверь, ул. Советская, д. 5');
  const photo = await photoOf(page, 1600, 1200, 'svidetelstvo.jpg');
  await apps
    .document('birth-certificate')
    .getByLabel(/^Выбрать файл/)
    .setInputFiles(photo);
  await expect(apps.document('birth-certificate').getByTestId('document-page')).toHaveCount(1);
  await apps.consent();
  await apps.send();
  await expect(apps.requestNumber()).toHaveText(/^2026-\d{6}$/, { timeout: 30_000 });
  await apps.expectStatus('На рассмотрении');
  const number = (await apps.requestNumber().textContent())!;

  const operatorContext = await browser.newContext();
  try {
    const operatorPage = await operatorContext.newPage();
    const operator = new OperatorPages(operatorPage);
    await operator.signIn(E2E_OPERATOR.login, E2E_OPERATOR.password);
    await operator.open(number);
    await operatorPage.getByRole('radio', { name: 'Отказать' }).check();
    await operatorPage.getByLabel('Причина отказа').fill('Адрес не совпадает с регистрацией.');
    await operatorPage.getByTestId('correctable').check();
    await operatorPage
      .getByRole('group', { name: 'Что исправить (поля)' })
      .getByRole('checkbox', { name: 'Адрес регистрации ребёнка' })
      .check();
    await operatorPage.getByTestId('decide').click();
    await expect(operatorPage.getByTestId('decision-saved')).toBeVisible();
  } finally {
    await operatorContext.close();
  }

  await apps.expectStatus('Отказано');
  const correctable = page.getByTestId('correctable');
  await expect(correctable).toContainText('Адрес регистрации ребёнка');
  await correctable.scrollIntoViewIfNeeded();
  await shot(page, '46-refusal-correctable');
  await page.getByTestId('correct-resend').click();

  // A new draft with the same answers and the same scan, which still counts.
  await apps.expectStatus('Черновик');
  await expect(page.getByTestId('corrects-note')).toContainText(number);
  await expect(apps.field('Место рождения')).toHaveValue('г. Тверь');
  await expect(apps.document('birth-certificate')).toHaveAttribute('data-state', 'accepted');
  await apps.field('Адрес регистрации ребёнка').fill('г. Тверь, ул. Советская, д. 7');
  await apps.consent();
  await apps.send();
  await expect(apps.requestNumber()).toHaveText(/^2026-\d{6}$/, { timeout: 30_000 });
  await expect(apps.requestNumber()).not.toHaveText(number);
  await apps.expectStatus('На рассмотрении');
});
