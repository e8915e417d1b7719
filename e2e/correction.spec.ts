import { expect, test } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { ChildCardPage, MARIA } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { shot } from './support/shots.ts';

test('a card that fails verification names the field; fixing only it verifies', async ({
  page,
}) => {
  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  const card = new ChildCardPage(page);

  // Live validation names the fix under the field.
  await card.input('Фамилия').fill('Petrova');
  await card.input('Имя').focus();
  await expect(page.locator('#f-surname-error')).toBeVisible();
  await shot(page, '04-card-live-validation');

  await card.fill({ ...MARIA, surname: 'Петрова' });
  await card.submit();
  await card.expectStatus('Нужно исправить');
  await expect(page.locator('.highlight')).toHaveCount(1);
  await expect(page.locator('.highlight')).toHaveAttribute('data-field', 'f-surname');
  await expect(page.locator('#f-surname-error')).toBeVisible();
  await expect(page.getByTestId('card-note')).toContainText('Исправьте: Фамилия');
  await shot(page, '08-card-needs-correction');

  await card.input('Фамилия').fill('Смирнова');
  await card.submit();
  await card.expectStatus('Проверено');
});
