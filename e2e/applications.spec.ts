import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ApplicationPages, OperatorPages } from './page-models/application-pages.ts';
import { AuthPages } from './page-models/auth-pages.ts';
import { ChildCardPage, VERA } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { photoOf } from './page-models/documents-section.ts';
import { ProfilePage } from './page-models/profile-page.ts';
import { E2E_OPERATOR } from './support/operator.ts';
import { shot } from './support/shots.ts';
import { anotherDevice } from './support/devices.ts';

/**
 * Issue 7's journey: a kindergarten application filled in offline with its
 * scans, numbered on arrival, asked about by an operator, fixed, resent,
 * approved, and its receipt downloaded. The e2e server makes the operator
 * account at start (as `npm run operator:create` does).
 */

/** A real photo of a paper (drawn in the page), attached through the kind's upload control. */
async function attach(page: Page, kind: string, nth: number): Promise<void> {
  // Different sizes make different bytes: the same scan twice on one record is refused as a duplicate.
  const photo = await photoOf(page, 1600 + nth * 8, 1200, `${kind}.jpg`);
  await page
    .getByTestId(`document-${kind}`)
    .getByLabel(/^Выбрать файл/)
    .setInputFiles(photo);
  await expect(page.getByTestId(`document-${kind}`).getByTestId('document-page')).toHaveCount(1);
}

test('an application filled offline is sent, numbered, asked about, fixed, resent and approved', async ({
  page,
  context,
  browser,
}) => {
  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  const card = new ChildCardPage(page);
  await card.fill(VERA);
  await card.submit();
  await card.expectStatus('Проверено');
  await family.open();
  await new ProfilePage(page).confirmIdentity();
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
  const kinds = ['birth-certificate', 'proof-of-address', 'oms-policy', 'medical-record'];
  for (const [nth, kind] of kinds.entries()) await attach(page, kind, nth);
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
  await operator.signIn(E2E_OPERATOR.login, E2E_OPERATOR.password);
  await expect(operatorPage.getByTestId('operator-row').filter({ hasText: number })).toBeVisible();
  await shot(operatorPage, '32-operator-desk');
  await operator.open(number);
  await expect(operatorPage.getByTestId('answer-startDate')).toHaveText('01.09.2027');
  await shot(operatorPage, '32-operator-application');
  await operator.askForMore('Уточните дату: группы набираются с 1 октября.', [
    'Желаемая дата начала посещения',
  ]);

  // The parent sees the notification, fixes only the named field and resends.
  await expect(page.getByTestId('unread-badge')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('nav-notifications').click();
  await shot(page, '33-notifications-unread');
  await page.getByTestId('notification').first().getByRole('button').first().click();
  await apps.expectStatus('Требуются сведения');
  await expect(page.getByTestId('info-request')).toContainText('группы набираются с 1 октября');
  await expect(apps.field('Вид группы')).toHaveCount(0); // read-only now
  await shot(page, '34-application-needs-info');
  await apps.field('Желаемая дата начала посещения').fill('01.10.2027');
  // The answer in words goes with the resend and stays in the history.
  await page.getByTestId('reply').fill('Исправила дату на 1 октября.');
  await apps.consent().catch(() => undefined);
  await page.getByRole('button', { name: 'Отправить повторно' }).click();
  await expect(page.getByTestId('application-status')).toHaveText(
    /Отправлено повторно|На рассмотрении|Ждёт отправки/,
  );

  // The operator approves; the parent sees «Одобрено» and takes the receipt.
  await operator.open(number);
  await expect(operatorPage.getByTestId('answer-startDate')).toHaveText('01.10.2027');
  await operator.approve({ Место: 'Детский сад № 17 «Ромашка»', 'Дата начала': '01.10.2027' });
  await apps.expectStatus('Одобрено');
  // What happens next, and the question with its answer, still there after the resend.
  await expect(page.getByTestId('result-place')).toContainText('Детский сад № 17 «Ромашка»');
  await expect(page.getByTestId('result-startDate')).toContainText('01.10.2027');
  await expect(page.getByTestId('conversation-operator')).toContainText(
    'группы набираются с 1 октября',
  );
  await expect(page.getByTestId('conversation-family')).toContainText(
    'Исправила дату на 1 октября.',
  );
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

test('an edit made offline on one phone to an application the other phone sent is given back, not sent forever', async ({
  page,
  browser,
}, testInfo) => {
  const auth = new AuthPages(page);
  const parent = await auth.signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  await new ChildCardPage(page).fill(VERA);
  await family.open();
  await new ProfilePage(page).confirmIdentity();
  await family.open();
  const apps = new ApplicationPages(page);
  await apps.openServices();
  await apps.start('Запись в детский сад');
  await apps.select('Муниципалитет', 'Городской округ Коломна');
  await apps.choose('Желаемые детские сады', ['Детский сад № 17 «Ромашка»']);
  await apps.field('Желаемая дата начала посещения').fill('01.09.2027');
  await apps.select('Вид группы', 'Общеразвивающая');
  const kinds = ['birth-certificate', 'proof-of-address', 'oms-policy', 'medical-record'];
  for (const [nth, kind] of kinds.entries()) await attach(page, kind, nth);
  await apps.consent();
  await family.expectPending(0);
  const draftUrl = page.url();

  // The same parent's other phone has the draft, then loses the signal and edits it.
  const other = await anotherDevice(browser, testInfo);
  try {
    const otherPage = await other.newPage();
    await new AuthPages(otherPage).signIn(parent);
    await otherPage.goto(draftUrl);
    const otherApps = new ApplicationPages(otherPage);
    await expect(otherApps.field('Вид группы')).toHaveValue('general');
    await other.setOffline(true);
    await otherApps.select('Вид группы', 'Оздоровительная');
    await new FamilyPage(otherPage).expectPending(1);

    // Meanwhile the first phone sends it: from now on its form is the server's.
    await apps.send();
    await expect(apps.requestNumber()).toHaveText(/^2026-\d{6}$/, { timeout: 30_000 });
    const status = (await page.getByTestId('application-status').textContent())!;

    // Back online, the other phone's edit is refused: it shows what was sent, keeps the
    // refused choice beside the field with the reason (docs/sync-rules.md), and settles.
    await other.setOffline(false);
    await expect(otherPage.getByTestId('application-status')).toHaveText(status, {
      timeout: 30_000,
    });
    const kept = otherPage.getByTestId('conflicts-answers-groupType');
    await expect(kept).toContainText('Заявление уже отправлено — это поле не изменить');
    await expect(kept.getByTestId('conflict-entry')).toContainText('Оздоровительная');
    await expect(otherPage.getByText('Общеразвивающая').first()).toBeVisible();
    await new FamilyPage(otherPage).expectPending(0);
  } finally {
    await other.close();
  }
});
