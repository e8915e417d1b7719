import { expect, test } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { DocumentsSection, photoOf } from './page-models/documents-section.ts';
import { ELENA_PASSPORT, ProfilePage } from './page-models/profile-page.ts';
import { seriousViolations } from './support/axe.ts';
import { shot } from './support/shots.ts';

test('a parent fills the passport with live checks, attaches its scan and asks to confirm the account', async ({
  page,
}) => {
  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  await expect(page.getByTestId('identity-badge')).toHaveText('Не подтверждена');

  const profile = new ProfilePage(page);
  await profile.open();
  await expect(profile.input('Серия паспорта')).toBeVisible();

  // A wrong series is named at once, with the fix; the draft is kept on the device.
  await profile.input('Серия паспорта').fill('45');
  await profile.input('Номер паспорта').click();
  await expect(page.getByText('Серия паспорта: нужно 4 цифры, например 45 06')).toBeVisible();
  await expect(profile.input('Серия паспорта')).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(profile.input('Серия паспорта')).toHaveValue('45');

  await profile.fill(ELENA_PASSPORT);
  await expect(page.getByText('Черновик сохранён на устройстве')).toBeVisible();

  // Without the scan the account cannot be confirmed: the page says so.
  await profile.confirm();
  await expect(page.getByTestId('identity-needs-scan')).toBeVisible();
  await shot(page, '24-profile-needs-scan');

  const scan = new DocumentsSection(page, 'Главная страница паспорта');
  await scan.takePhoto(await photoOf(page, 2000, 1400, 'pasport.jpg'));
  await expect(scan.pages()).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);

  await profile.confirm();
  await expect(profile.badge).not.toHaveText('Не подтверждена');
  await expect(profile.input('Серия паспорта')).toHaveValue('4506');
  await expect(profile.input('Серия паспорта')).toBeDisabled();
  await shot(page, '25-profile-submitted');

  // The scan is accepted and the registry knows the passport: the account is confirmed.
  await scan.expectState('pasport.jpg', 'Принят');
  await expect(profile.badge).toHaveText('Подтверждённая');
  await expect(page.getByTestId('identity-note')).toHaveText('Учётная запись подтверждена.');
  await shot(page, '26-profile-confirmed');
  await page.getByRole('link', { name: /К списку детей/ }).click();
  await expect(page.getByTestId('identity-badge')).toHaveText('Подтверждённая');
});

test('the family screen shows an unconfirmed account and leads to its confirmation', async ({
  page,
}) => {
  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  // Where a linking code is asked for, the same state is said on the card (linking.spec.ts).
  await expect(page.getByTestId('identity-badge')).toHaveText('Не подтверждена');
  await page.getByTestId('profile-link').click();
  await expect(page.getByRole('heading', { name: 'Подтверждение учётной записи' })).toBeVisible();
});
