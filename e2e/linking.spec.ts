import { expect, test } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { ChildCardPage, ILYA } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { ProfilePage } from './page-models/profile-page.ts';
import { anotherCode, ChildAccountSection, TeenLinking } from './page-models/linking-pages.ts';
import { newParent, newTeen, sessionOf } from './support/accounts.ts';
import { seriousViolations } from './support/axe.ts';
import { anotherDevice } from './support/devices.ts';
import { shot } from './support/shots.ts';

const COLLECTIONS = ['children', 'documents', 'applications', 'links', 'notifications', 'members'];

test('a teenager links to the parent with a code the parent asked for offline', async ({
  page,
  context,
  browser,
}, testInfo) => {
  // One journey: the fixture registry has one teenager, and one family per run may hold his card.
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  // --- The teenager, on their own phone, tries before the parent has done anything.
  const teenContext = await anotherDevice(browser, testInfo);
  const teenPage = await teenContext.newPage();
  const teen = newTeen();
  const teenAuth = new AuthPages(teenPage);
  await teenPage.goto('/sign-up');
  await teenPage.getByRole('radio', { name: 'Мне 14 лет или больше' }).check();
  await expect(teenPage.getByText('Свою учётную запись вы потом свяжете')).toBeVisible();
  await shot(teenPage, '19-sign-up-teen');
  await teenAuth.signUp(teen, 'child');
  await teenAuth.signIn(teen, 'Мой профиль');
  await expect(teenPage.getByText('Карточка появится здесь')).toBeVisible();
  await shot(teenPage, '22-teen-home-unlinked');

  const linking = new TeenLinking(teenPage);
  await linking.openLinkForm();
  await linking.enterCertificate(ILYA.series, ILYA.number);
  await shot(teenPage, '23-teen-link-code-step');
  // No card yet, no code asked for: what to do, under the certificate; no attempt spent.
  await linking.enterCode('ABCD-EFGH');
  await expect(linking.fieldError('link-number')).toContainText(
    'Для этого свидетельства код привязки ещё не выдан',
  );
  await expect(linking.fieldError('link-number')).toContainText('«Получить код привязки»');
  await expect(teenPage.getByLabel('Номер свидетельства')).toBeFocused();
  await shot(teenPage, '23a-teen-link-no-code-yet');
  expect(await seriousViolations(teenPage)).toEqual([]);

  // --- The parent: a verified card of a 15-year-old, account not yet confirmed.
  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.expectNetwork('В сети');
  await family.addChild();
  const card = new ChildCardPage(page);
  await card.fill(ILYA);
  await card.submit();
  await card.expectStatus('Проверено');
  await expect(page.getByTestId('confirm-first')).toContainText(
    'Код привязки выдаётся только подтверждённой учётной записи',
  );
  const account = new ChildAccountSection(page);
  await expect(
    account.section.getByRole('heading', { name: 'Учётная запись ребёнка' }),
  ).toBeVisible();
  await expect(account.status).toHaveAttribute('data-state', 'none');
  const childId = page.url().split('/').pop() ?? '';
  // Asked before the confirmation: one coherent state, not «Код готовится…» that never ends.
  await account.requestCode();
  await account.expectState('needs-confirmation');
  await expect(account.status).toHaveText(
    'Запрос сохранён. Код появится здесь сам, как только учётную запись подтвердят, — запрашивать снова не нужно.',
  );
  await expect(account.section).not.toContainText('готовится');
  await expect(account.section.getByRole('button', { name: /Получить/ })).toHaveCount(0);
  await shot(page, '20a-link-code-needs-confirmation');
  expect(await seriousViolations(page)).toEqual([]);

  // The teenager tries now: told the parent is not confirmed yet, beside the button.
  await linking.enterCode('ABCD-EFGH');
  await expect(linking.formError).toContainText('ещё не подтверждена');
  await expect(linking.formError).toContainText('запрашивать снова не нужно');
  await shot(teenPage, '23b-teen-link-parent-not-confirmed');

  // The parent confirms the account: the code arrives on the card without asking again.
  const childUrl = page.url();
  await page.getByRole('link', { name: /К списку детей/ }).click();
  await new ProfilePage(page).confirmIdentity();
  await page.goto(childUrl);
  await expect(page.getByTestId('confirm-first')).toHaveCount(0);
  const firstCode = await account.shownCode();
  // Copied to hand over, with a visible confirmation.
  expect(await account.copyCode()).toBe(firstCode);
  await shot(page, '21-link-code-shown-copied');
  expect(await seriousViolations(page)).toEqual([]);

  // Offline, the parent asks for a new code: the request waits on the device.
  await context.setOffline(true);
  await family.expectNetwork('Нет связи');
  await account.requestNewCode();
  await expect(account.status).toContainText('Запрос ждёт отправки');
  await family.expectPending(1);
  await shot(page, '20-link-code-waiting-offline');

  // Back online: the request leaves, the server issues the code, the pull brings it.
  await context.setOffline(false);
  await family.expectNetwork('В сети');
  await expect(account.code).not.toHaveText(firstCode, { timeout: 20_000 });
  const code = await account.shownCode();
  expect(code).not.toBe(firstCode);
  await expect(account.expiry).toHaveText(/^Действует до \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
  await family.expectPending(0);

  // The replaced code: named so, under the code, and no attempt spent on it.
  await linking.enterCode(firstCode);
  await expect(linking.fieldError('link-code')).toHaveText(
    'Этот код заменён новым — попросите родителя показать новый код.',
  );
  await shot(teenPage, '24a-teen-link-replaced-code');

  // A wrong code: refused, in words, under the code, with the tries left — four, so
  // none of the answers above cost one.
  await linking.enterCode(anotherCode(code));
  await expect(linking.fieldError('link-code')).toContainText('Неверный код привязки');
  await expect(linking.fieldError('link-code')).toContainText('осталось попыток: 4');
  await expect(teenPage.getByLabel('Код привязки')).toBeFocused();
  await shot(teenPage, '24-teen-link-wrong-code');
  expect(await seriousViolations(teenPage)).toEqual([]);

  // The right code, typed the way people type it (lower case, no hyphen).
  await linking.enterCode(code.replace('-', '').toLowerCase());
  await expect(teenPage.getByRole('heading', { name: 'Мой профиль' })).toBeVisible();
  await expect(teenPage.getByTestId('linked-to-parent')).toBeVisible();
  const myCard = teenPage.getByTestId('my-card');
  await expect(myCard).toContainText('Петров Илья Андреевич', { timeout: 20_000 });
  await expect(myCard).toContainText('02.03.2011');
  await shot(teenPage, '25-teen-home-linked');
  expect(await seriousViolations(teenPage)).toEqual([]);
  const teenSession = await sessionOf(teenPage);
  const parentSession = await sessionOf(page);
  expect(teenSession.account.familyId).toBe(parentSession.account.familyId);
  expect(teenSession.account.childId).toBe(childId);

  // The parent sees the link without a reload, on the card and in the list.
  await account.expectState('linked');
  await expect(account.status).toContainText('Учётная запись ребёнка привязана');
  await shot(page, '26-parent-card-linked');
  await page.getByRole('link', { name: /К списку детей/ }).click();
  await expect(family.row('Петров Илья Андреевич')).toContainText('Привязан');

  // --- Another family: sees none of it, in the app or through the API.
  const outsiderContext = await anotherDevice(browser, testInfo);
  const outsiderPage = await outsiderContext.newPage();
  const outsider = newParent();
  const outsiderAuth = new AuthPages(outsiderPage);
  await outsiderAuth.signUp(outsider);
  await outsiderAuth.signIn(outsider);
  await expect(outsiderPage.getByTestId('last-sync')).toContainText('Синхронизировано');
  await expect(outsiderPage.getByText('Пока нет ни одной карточки ребёнка.')).toBeVisible();
  await expect(outsiderPage.getByTestId('child-row')).toHaveCount(0);
  const { token } = await sessionOf(outsiderPage);
  for (const collection of COLLECTIONS) {
    const response = await outsiderPage.request.get(
      `/api/v1/sync/${collection}/pull?after=0&limit=100`,
      { headers: { authorization: `Bearer ${token}`, 'x-rodnik-protocol': '1' } },
    );
    expect(response.status(), collection).toBe(200);
    const { documents } = (await response.json()) as {
      documents: { id: string; familyId: string; childId?: string }[];
    };
    for (const doc of documents) {
      expect(doc.familyId, `${collection}/${doc.id}`).not.toBe(parentSession.account.familyId);
      expect(doc.id).not.toBe(childId);
      expect(doc.childId ?? null).not.toBe(childId);
    }
  }
  // Nor can it write into that family.
  const forged = await outsiderPage.request.post('/api/v1/sync/links/push', {
    headers: { authorization: `Bearer ${token}`, 'x-rodnik-protocol': '1' },
    data: [
      {
        newDocumentState: {
          id: '01900000-0000-7000-8000-000000000001',
          familyId: parentSession.account.familyId,
          serverSeq: 0,
          childId,
          codeRequestedAt: new Date().toISOString(),
          _deleted: false,
        },
      },
    ],
  });
  expect(forged.status()).toBe(403);

  // The parent unlinks the account: nothing is deleted, and a new code can be asked for.
  await family.row('Петров Илья Андреевич').click();
  await account.section.getByRole('button', { name: 'Отвязать' }).click();
  await account.section.getByRole('button', { name: 'Да, отвязать' }).click();
  await account.expectState('unlinked');
  await expect(
    account.section.getByRole('button', { name: 'Получить код привязки' }),
  ).toBeVisible();
  await card.expectStatus('Проверено');

  await teenContext.close();
  await outsiderContext.close();
});
