import { expect, test, type Locator, type Page } from '@playwright/test';
import { childCardDoc } from '../apps/sync-server/src/test-support/child-cards.ts';
import { SOFIA_CARD } from './support/journey-children.ts';
import { AuthPages } from './page-models/auth-pages.ts';
import { ChildCardPage } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { sessionOf } from './support/accounts.ts';
import { seriousViolations } from './support/axe.ts';
import { shot } from './support/shots.ts';

/**
 * The signed-in shell on a 360 px phone (issue 17, «Screens»): the family's
 * navigation is one row of tabs at the bottom, under the thumb; the unread
 * badge never widens its tab; text links are real tap targets; nothing hides
 * behind the bar; signing out with something unsent asks first.
 */

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

/** A verified card makes the server leave the family a notification (the unread badge). */
async function pushSubmittedCard(page: Page): Promise<void> {
  const { token, account } = await sessionOf(page);
  const card = childCardDoc(account.familyId, '0193c200-0000-7000-8000-000000000001', {
    ...SOFIA_CARD,
    submittedAt: new Date().toISOString(),
  });
  const response = await page.request.post('/api/v1/sync/children/push', {
    headers: { authorization: `Bearer ${token}`, 'x-rodnik-protocol': '1' },
    data: [{ newDocumentState: card }],
  });
  expect(response.status()).toBe(200);
}

test('the family navigation is one row of tabs at the bottom at 360 px; the badge never widens a tab; links are 44 px tall', async ({
  page,
}) => {
  await new AuthPages(page).signUpAndSignIn();
  const nav = page.getByRole('navigation', { name: 'Родник' });
  const tabs = nav.getByRole('link');
  await expect(tabs).toHaveText(['Главная', 'Услуги', 'Уведомления', 'Профиль']);
  await expect(tabs.first()).toHaveAttribute('aria-current', 'page');

  // Every label whole, none cut to «Уведомле…».
  const clipped = await nav.locator('.label').evaluateAll((labels) =>
    labels
      .filter((label) => {
        const text = document.createRange();
        text.selectNodeContents(label);
        return text.getBoundingClientRect().width > label.getBoundingClientRect().width + 0.5;
      })
      .map((label) => label.textContent),
  );
  expect(clipped).toEqual([]);

  const viewport = page.viewportSize()!;
  const bar = await box(nav);
  expect(bar.y + bar.height).toBeCloseTo(viewport.height, 0);
  const before = await Promise.all([0, 1, 2, 3].map((i) => box(tabs.nth(i))));
  for (const tab of before) {
    expect(tab.y).toBe(before[0]!.y); // one row
    expect(tab.width).toBeGreaterThanOrEqual(44);
    expect(tab.height).toBeGreaterThanOrEqual(44);
  }

  // Text links standing alone on a line are 44 px tall at least.
  for (const link of [
    page.getByTestId('profile-link'),
    page.getByRole('link', { name: 'Родители и приглашения' }),
    page.getByTestId('recently-deleted-link'),
  ]) {
    expect((await box(link)).height).toBeGreaterThanOrEqual(44);
  }

  await pushSubmittedCard(page);
  const badge = page.getByTestId('unread-badge');
  await expect(badge).toBeVisible({ timeout: 30_000 });
  const after = await Promise.all([0, 1, 2, 3].map((i) => box(tabs.nth(i))));
  expect(after).toEqual(before);
  await expect(page.getByTestId('child-row')).toHaveCount(1);

  // The last thing on the page scrolls clear of the bar.
  const signOut = page.getByTestId('sign-out');
  await signOut.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect((await box(signOut)).y + (await box(signOut)).height).toBeLessThanOrEqual(
    (await box(nav)).y,
  );
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'shell-family-home');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByTestId('nav-notifications').click();
  await expect(page.getByTestId('nav-notifications')).toHaveAttribute('aria-current', 'page');
  await expect(tabs.first()).not.toHaveAttribute('aria-current', 'page');
  await shot(page, 'shell-notifications');

  await page.getByTestId('nav-profile').click();
  await expect(page.getByTestId('nav-profile')).toHaveAttribute('aria-current', 'page');
  await shot(page, 'shell-profile');
  expect(await seriousViolations(page)).toEqual([]);

  // A child's card belongs under «Главная».
  await page.getByTestId('nav-home').click();
  await page.getByTestId('child-row').click();
  await expect(page).toHaveURL(/\/family\/child\//);
  await expect(page.getByRole('heading', { name: 'Лебедева София Андреевна' })).toBeVisible();
  await expect(tabs.first()).toHaveAttribute('aria-current', 'page');
  await shot(page, 'shell-child-card');
});

test('signing out with a change not yet sent warns first and says it stays on this phone; it is sent after signing in again', async ({
  page,
  context,
}) => {
  const parent = await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  await family.expectPending(0);
  // The card's screen is loaded; from here on what is typed cannot leave the phone.
  await context.setOffline(true);
  await family.expectNetwork('Нет связи');
  const card = new ChildCardPage(page);
  await card.input('Фамилия').fill('Соколова');
  await card.input('Имя').fill('Вера');
  await expect(page.getByText('Черновик сохранён на устройстве')).toBeVisible();
  await family.expectPending(1);

  const signOut = page.getByRole('button', { name: 'Выйти', exact: true });
  await signOut.click();
  const dialog = page.getByRole('dialog', { name: 'Не всё отправлено' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Ждут отправки: 1 изменение.');
  await expect(dialog).toContainText('Они останутся на этом телефоне');
  await expect(dialog.getByRole('button', { name: 'Не выходить' })).toBeFocused();
  await shot(page, 'shell-sign-out-unsent');
  expect(await seriousViolations(page)).toEqual([]);

  // Escape, like «Не выходить», keeps the session.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/family\/child\//);
  await expect(signOut).toBeVisible();

  await signOut.click();
  await dialog.getByRole('button', { name: 'Всё равно выйти' }).click();
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();

  await context.setOffline(false);
  await new AuthPages(page).signIn(parent);
  await expect(family.row('Соколова Вера')).toBeVisible();
  await family.expectPending(0);
  const { token } = await sessionOf(page);
  const pulled = await page.request.get('/api/v1/sync/children/pull?after=0&limit=100', {
    headers: { authorization: `Bearer ${token}`, 'x-rodnik-protocol': '1' },
  });
  const { documents } = (await pulled.json()) as { documents: { surname: string }[] };
  expect(documents.map((d) => d.surname)).toContain('Соколова');

  // With nothing waiting, «Выйти» signs out at once.
  await page.getByRole('button', { name: 'Выйти', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
});
