import { expect, test, type Page } from '@playwright/test';
import { ApplicationPages } from './page-models/application-pages.ts';
import { AuthPages } from './page-models/auth-pages.ts';
import { ChildCardPage, MARIA } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { newParent, sessionOf } from './support/accounts.ts';
import { seriousViolations } from './support/axe.ts';
import { anotherDevice } from './support/devices.ts';
import { shot } from './support/shots.ts';

/**
 * Deleting and restoring as a parent does it (docs/sync-rules.md, «Deletion»):
 * a card or a draft goes to «Недавно удалённые» on every phone of the family
 * for 30 days, opened by its address it says so and stays read-only, and a
 * restore brings it back everywhere, what was typed included.
 */

/** Today in Moscow's calendar, as the banner writes it (ДД.ММ.ГГГГ). */
function todayInMoscow(): string {
  return new Intl.DateTimeFormat('ru-RU', {
    timeZone: 'Europe/Moscow',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
}

/** The server's copy of a record, as the family's pull shows it. */
async function master(page: Page, collection: string, id: string) {
  const { token } = await sessionOf(page);
  const response = await page.request.get(`/api/v1/sync/${collection}/pull?after=0&limit=500`, {
    headers: { authorization: `Bearer ${token}`, 'x-rodnik-protocol': '1' },
  });
  const { documents } = (await response.json()) as { documents: Record<string, unknown>[] };
  return documents.find((d) => d.id === id);
}

/** A draft card with just a name: enough to be listed, deleted and restored. */
async function addNamedCard(page: Page, surname: string, givenName: string): Promise<void> {
  await new FamilyPage(page).addChild();
  const card = new ChildCardPage(page);
  await card.input('Фамилия').fill(surname);
  await card.input('Имя').fill(givenName);
  await expect(page.getByText('Черновик сохранён на устройстве')).toBeVisible();
}

test('a card deleted on one phone waits in «Недавно удалённые» on the other; restored there, it is back on both', async ({
  page,
  browser,
}, testInfo) => {
  const parent = await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  const name = 'Орлова Дарья';
  await addNamedCard(page, 'Орлова', 'Дарья');
  await family.expectPending(0);
  const cardUrl = page.url();

  const other = await anotherDevice(browser, testInfo);
  try {
    const phoneB = await other.newPage();
    await new AuthPages(phoneB).signIn(parent);
    const familyB = new FamilyPage(phoneB);
    await expect(familyB.row(name)).toBeVisible();

    // Phone A: the page asks first, and «Отмена» keeps the card.
    const deleteButton = page.getByRole('button', { name: 'Удалить карточку' });
    await deleteButton.click();
    const confirm = page.getByRole('alertdialog', {
      name: 'Карточка попадёт в «Недавно удалённые» на 30 дней. Удалить?',
    });
    await expect(confirm.getByRole('button', { name: 'Отмена' })).toBeFocused();
    await confirm.scrollIntoViewIfNeeded();
    await shot(page, 'delete-card-confirm');
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Отмена' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(deleteButton).toBeFocused();

    await deleteButton.click();
    await confirm.getByRole('button', { name: 'Удалить', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Семья и дети' })).toBeVisible();
    await expect(page.getByTestId('family-note')).toHaveText(
      `Карточка «${name}» удалена. Её можно восстановить в «Недавно удалённые» в течение 30 дней.`,
    );
    await expect(family.row(name)).toHaveCount(0);
    await family.expectPending(0);
    await shot(page, 'family-note-card-deleted');

    // Phone B: gone from the family list, waiting in «Недавно удалённые».
    await expect(familyB.row(name)).toHaveCount(0);
    await phoneB.getByTestId('recently-deleted-link').click();
    const row = phoneB.getByTestId('deleted-row').filter({ hasText: name });
    await expect(row).toContainText('Удалится через 30 дней');

    // Opened by its address (a notification's link): the banner, and a form that cannot change.
    await phoneB.goto(cardUrl);
    const banner = phoneB.getByTestId('deleted-banner');
    await expect(banner).toContainText(
      `Удалено ${todayInMoscow()}. Будет удалено навсегда через 30 дней.`,
    );
    await expect(new ChildCardPage(phoneB).input('Фамилия')).not.toBeEditable();
    await expect(phoneB.getByRole('button', { name: 'Отправить на проверку' })).toHaveCount(0);
    await expect(phoneB.getByRole('button', { name: 'Удалить карточку' })).toHaveCount(0);
    await shot(phoneB, 'deleted-card-banner');
    expect(await seriousViolations(phoneB)).toEqual([]);

    // Phone B restores it from «Недавно удалённые»; phone A has it back by itself.
    await phoneB.getByRole('link', { name: /К списку детей/ }).click();
    await phoneB.getByTestId('recently-deleted-link').click();
    await row.getByRole('button', { name: `Восстановить: ${name}` }).click();
    await expect(phoneB.getByTestId('restored-note')).toHaveText(`«${name}» восстановлено.`);
    await expect(phoneB.getByTestId('recently-deleted-empty')).toBeVisible();
    await expect(family.row(name)).toBeVisible();
    await expect
      .poll(async () => (await master(page, 'children', cardUrl.split('/').at(-1)!))?.deletedAt)
      .toBeNull();
  } finally {
    await other.close();
  }
});

test('a draft discarded offline waits in «Недавно удалённые» and comes back, answers included, on restore', async ({
  page,
  context,
}) => {
  await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  await addNamedCard(page, 'Соколова', 'Вера');
  await family.open();
  const apps = new ApplicationPages(page);
  await apps.openServices();
  await apps.start('Запись в детский сад');
  await apps.select('Муниципалитет', 'Городской округ Коломна');
  await family.expectPending(0);
  const draftUrl = page.url();
  const draftId = draftUrl.split('/').at(-1)!;
  await page.getByRole('button', { name: 'Удалить черновик' }).scrollIntoViewIfNeeded();
  await shot(page, 'draft-delete-button');
  // The app must open offline from the service worker's precache.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  await context.setOffline(true);
  await family.expectNetwork('Нет связи');
  await page.getByRole('button', { name: 'Удалить черновик' }).click();
  const confirm = page.getByRole('alertdialog', {
    name: 'Черновик попадёт в «Недавно удалённые» на 30 дней. Удалить?',
  });
  await expect(confirm.getByRole('button', { name: 'Отмена' })).toBeFocused();
  await shot(page, 'draft-delete-confirm');
  expect(await seriousViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Удалить', exact: true }).click();
  await expect(page.getByTestId('family-note')).toHaveText(
    'Черновик «Запись в детский сад» удалён. Его можно восстановить в «Недавно удалённые» в течение 30 дней.',
  );
  await expect(page.getByTestId('application-row')).toHaveCount(0);
  await family.expectPending(1);
  await page.getByTestId('recently-deleted-link').click();
  await expect(page.getByTestId('deleted-drafts').getByTestId('deleted-row')).toContainText(
    'Запись в детский сад',
  );

  // Back online, the deletion reaches the server like any edit.
  await context.setOffline(false);
  await family.expectNetwork('В сети');
  await family.expectPending(0);
  await expect
    .poll(async () => typeof (await master(page, 'applications', draftId))?.deletedAt)
    .toBe('string');

  // Opened by its address: read-only with the banner; «Восстановить» opens it again.
  await page.goto(draftUrl);
  const banner = page.getByTestId('deleted-banner');
  await expect(banner).toContainText(`Удалено ${todayInMoscow()}.`);
  await expect(page.getByTestId('answer-municipality')).toHaveText('Городской округ Коломна');
  await expect(page.getByTestId('send-application')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Удалить черновик' })).toHaveCount(0);
  await shot(page, 'deleted-draft-banner');
  expect(await seriousViolations(page)).toEqual([]);
  await banner.getByRole('button', { name: 'Восстановить' }).click();
  await expect(banner).toHaveCount(0);
  await expect(apps.field('Муниципалитет').locator('option:checked')).toHaveText(
    'Городской округ Коломна',
  );
  await expect(page.getByTestId('send-application')).toBeVisible();
  await family.expectPending(0);
  await expect
    .poll(async () => (await master(page, 'applications', draftId))?.deletedAt)
    .toBeNull();
  await family.open();
  await expect(page.getByTestId('application-row')).toContainText('Запись в детский сад');
});

test('a card whose submission has not reached the server offers no delete yet, and says why', async ({
  page,
  context,
}) => {
  await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.expectNetwork('В сети');
  // The card's screen comes from the service worker's precache once offline.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await family.expectNetwork('Нет связи');
  await family.addChild();
  const card = new ChildCardPage(page);
  await card.fill(MARIA);
  await card.submit();
  await card.expectStatus('Ждёт отправки');
  // The server refuses a deletion travelling with an unchecked submission (children-rules.ts).
  await expect(page.getByTestId('delete-card-hint')).toHaveText(
    'Удалить карточку можно, когда она дойдёт до сервера: сейчас она ждёт отправки на проверку.',
  );
  await expect(page.getByRole('button', { name: 'Удалить карточку' })).toHaveCount(0);

  await context.setOffline(false);
  await expect(page.getByTestId('card-status')).not.toHaveText('Ждёт отправки');
  await expect(page.getByRole('button', { name: 'Удалить карточку' })).toBeVisible();
  await expect(page.getByTestId('delete-card-hint')).toHaveCount(0);
});

test('signing up again with a taken phone and e-mail looks the same; the code step says a reminder went there', async ({
  page,
}) => {
  const parent = newParent();
  await new AuthPages(page).signUp(parent);
  // The same person again, having forgotten the account: the server answers as for a new one.
  await page.goto('/sign-up');
  await page.getByLabel('Фамилия').fill(parent.surname);
  await page.getByLabel('Имя', { exact: true }).fill(parent.givenName);
  await page.getByLabel('Мобильный телефон').fill(parent.phone);
  await page.getByLabel('Электронная почта').fill(parent.email);
  await page.getByLabel('Пароль').fill(parent.password);
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByRole('heading', { name: 'Подтвердите телефон' })).toBeVisible();
  await expect(page.getByTestId('code-not-arrived')).toHaveText(
    'Код не пришёл? Если у этого номера уже есть учётная запись, мы отправили напоминание — войдите или восстановите пароль.',
  );
  await shot(page, 'sign-up-code-not-arrived');
  expect(await seriousViolations(page)).toEqual([]);
});
