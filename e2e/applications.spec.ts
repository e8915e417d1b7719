import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { ApplicationPages, OperatorPages } from './page-models/application-pages.ts';
import { AuthPages } from './page-models/auth-pages.ts';
import { ANNA, ChildCardPage } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { newParent } from './support/accounts.ts';
import { shot } from './support/shots.ts';

/**
 * Issue 7's journey. It needs the server's applications and operator API and
 * the document uploads (other branches): written against their contracts.
 *
 * Assumptions the merge must hold (see the report of branch wt-d):
 * - `confirmAccount(page)` confirms the parent's identity through the members
 *   flow (issue 6's screen: passport fields + «Подтвердить»);
 * - `attach(page, kind, file)` uses `AttachDocuments` dropped into the
 *   application page's `attach` slot (a file input labelled with the kind);
 * - an operator account is made with the server CLI (`E2E_OPERATOR_CMD`, which
 *   prints nothing but must leave `operator-e2e` / `Operator-2026!pass`).
 */

const OPERATOR = { login: 'operator-e2e', password: 'Operator-2026!pass' };

async function confirmAccount(page: Page): Promise<void> {
  await page.goto('/family/parents');
  await page.getByRole('button', { name: /Подтвердить учётную запись/ }).click();
  await page.getByLabel('Серия паспорта').fill('4510');
  await page.getByLabel('Номер паспорта').fill('123456');
  await page.getByLabel('Дата выдачи').fill('15.06.2015');
  await page.getByLabel('Кем выдан').fill('ОВД района Тверь');
  await page.getByLabel('Код подразделения').fill('690-001');
  await page.getByLabel('Дата рождения').fill('01.02.1990');
  await page.getByRole('button', { name: 'Подтвердить', exact: true }).click();
  await expect(page.getByText('Учётная запись подтверждена')).toBeVisible({ timeout: 30_000 });
}

/** A small real JPEG (drawn in the page), attached through the upload control. */
async function attach(page: Page, kind: string): Promise<void> {
  const jpeg = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 1200;
    c.height = 900;
    const ctx = c.getContext('2d')!;
    ctx.fillStyle = '#eee';
    ctx.fillRect(0, 0, 1200, 900);
    ctx.fillStyle = '#000';
    ctx.font = '48px sans-serif';
    ctx.fillText('СКАН', 100, 200);
    const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.8));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  await page
    .getByTestId(`document-${kind}`)
    .locator('input[type="file"]')
    .setInputFiles({ name: `${kind}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(jpeg) });
}

test('an application filled offline is sent, numbered, asked about, fixed, resent and approved', async ({
  page,
  context,
  browser,
}) => {
  const makeOperator = process.env.E2E_OPERATOR_CMD;
  if (!makeOperator) {
    throw new Error('Set E2E_OPERATOR_CMD to the server CLI call that creates operator-e2e');
  }
  execFileSync('sh', ['-c', makeOperator], { stdio: 'ignore' });

  const parent = newParent();
  const auth = new AuthPages(page);
  await auth.signUp(parent);
  await auth.signIn(parent);
  const family = new FamilyPage(page);
  await family.addChild();
  const card = new ChildCardPage(page);
  await card.fill(ANNA);
  await card.submit();
  await card.expectStatus('Проверено');
  await confirmAccount(page);
  await family.open();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // No signal: the form fills in from the catalog and directories on the device.
  await context.setOffline(true);
  const apps = new ApplicationPages(page);
  await apps.openServices();
  await apps.start('Запись в детский сад');
  await apps.select('Муниципалитет', 'Городской округ Коломна');
  await apps.choose('Желаемые детские сады', [
    'Детский сад № 17 «Ромашка»',
    'Детский сад № 3 «Теремок»',
  ]);
  await apps.field('Желаемая дата начала посещения').fill('01.09.2020');
  await expect(
    page.getByText(/Желаемая дата начала посещения/).filter({ hasText: /прошл|past/i }),
  ).toBeVisible();
  await apps.field('Желаемая дата начала посещения').fill('01.09.2027');
  await apps.select('Вид группы', 'Общеразвивающая');
  for (const kind of ['birth-certificate', 'proof-of-address', 'oms-policy', 'medical-record']) {
    await attach(page, kind);
  }
  await apps.consent();
  await shot(page, '30-application-filled-offline');
  await apps.send();
  await apps.expectStatus('Ждёт отправки');
  // Sent once: the button is gone, so there is nothing to press twice.
  await expect(page.getByTestId('send-application')).toHaveCount(0);

  // Online: it arrives once, gets its number and goes into review.
  await context.setOffline(false);
  await expect(apps.requestNumber()).toHaveText(/^2026-\d{6}$/, { timeout: 30_000 });
  await apps.expectStatus('На рассмотрении');
  const number = (await apps.requestNumber().textContent())!;
  await family.open();
  await expect(page.getByTestId('application-row')).toHaveCount(1);

  // The operator, in another browser context, asks about the start date.
  const operatorContext = await browser.newContext();
  const operatorPage = await operatorContext.newPage();
  const operator = new OperatorPages(operatorPage);
  await operator.signIn(OPERATOR.login, OPERATOR.password);
  await operator.open(number);
  await expect(operatorPage.getByTestId('answer-startDate')).toHaveText('01.09.2027');
  await operator.askForMore('Уточните дату: группы набираются с 1 октября.', [
    'Желаемая дата начала посещения',
  ]);

  // The parent sees the notification, fixes only the named field and resends.
  await expect(page.getByTestId('unread-badge')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('nav-notifications').click();
  await page.getByTestId('notification').first().getByRole('button').first().click();
  await apps.expectStatus('Требуются сведения');
  await expect(page.getByTestId('info-request')).toContainText('группы набираются с 1 октября');
  await expect(apps.field('Вид группы')).toHaveCount(0); // read-only now
  await apps.field('Желаемая дата начала посещения').fill('01.10.2027');
  await apps.consent().catch(() => undefined);
  await page.getByRole('button', { name: 'Отправить повторно' }).click();
  await expect(page.getByTestId('application-status')).toHaveText(
    /Отправлено повторно|На рассмотрении|Ждёт отправки/,
  );

  // The operator approves; the parent sees «Одобрено» and takes the receipt.
  await operator.open(number);
  await expect(operatorPage.getByTestId('answer-startDate')).toHaveText('01.10.2027');
  await operator.approve();
  await apps.expectStatus('Одобрено');
  await shot(page, '31-application-approved');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-receipt').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`kvitanciya-${number}.pdf`);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await operatorContext.close();
});
