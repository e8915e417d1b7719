import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { ApplicationPages } from './page-models/application-pages.ts';
import { AuthPages } from './page-models/auth-pages.ts';
import { ChildCardPage } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { ProfilePage } from './page-models/profile-page.ts';
import { sessionOf } from './support/accounts.ts';
import { seriousViolations } from './support/axe.ts';
import { anotherDevice } from './support/devices.ts';
import { KIRILL } from './support/journey-children.ts';
import { shot } from './support/shots.ts';

/**
 * Issue 13, «Запись к врачу»: the polyclinic's schedule is fetched once and kept on the
 * phone, so a parent picks a slot with no connection; the server holds it when the send
 * arrives. A slot another family held meanwhile comes back with the nearest free ones.
 */

/** Picks the specialty, the doctor, the second day offered and its first free time. */
async function pickSlot(
  page: Page,
  specialty: string | null,
  doctor: RegExp | null,
): Promise<string> {
  const picker = page.getByTestId('slot-picker').last();
  if (specialty) await picker.getByRole('radio', { name: specialty }).check();
  if (doctor) await picker.getByRole('radio', { name: doctor }).check();
  await picker.getByTestId('days').getByRole('button').nth(1).click();
  const time = picker.getByTestId('times').getByRole('button').first();
  const slot = (await time.getAttribute('data-slot'))!;
  await time.click();
  await expect(time).toHaveAttribute('aria-pressed', 'true');
  return slot;
}

/** Another family's phone, signed up; it books a slot through the API as its device would. */
async function anotherFamily(browser: Browser, info: TestInfo) {
  const other = await anotherDevice(browser, info);
  const otherPage = await other.newPage();
  await new AuthPages(otherPage).signUpAndSignIn();
  const { token, account } = await sessionOf(otherPage);
  return {
    close: () => other.close(),
    async book(specialty: string, doctor: string, slot: string): Promise<void> {
      const pushed = await otherPage.request.post('/api/v1/sync/applications/push', {
        headers: { authorization: `Bearer ${token}` },
        data: [
          {
            newDocumentState: {
              id: crypto.randomUUID(),
              familyId: account.familyId,
              serviceId: 'doctor-appointment',
              childId: null,
              answers: { clinic: 'clinic-ram-child', specialty, doctor, slot },
              documentIds: [],
              consent: { given: true, at: new Date().toISOString() },
              submittedAt: new Date().toISOString(),
              withdrawnAt: null,
              _deleted: false,
            },
          },
        ],
      });
      expect(pushed.status()).toBe(200);
      expect(await pushed.json()).toEqual([]);
    },
  };
}

async function expectTapTargets(page: Page): Promise<void> {
  const sizes = await page
    .getByTestId('appointment')
    .locator('button, label.option')
    .evaluateAll((nodes) =>
      nodes
        .filter((n) => (n as HTMLElement).offsetParent !== null)
        .map((n) => Math.round(n.getBoundingClientRect().height)),
    );
  expect(sizes.length).toBeGreaterThan(0);
  expect(sizes.filter((h) => h < 44)).toEqual([]);
}

test('a parent books offline, the slot is held online, moved, taken by another family meanwhile and cancelled', async ({
  page,
  context,
  browser,
}, testInfo) => {
  await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  const card = new ChildCardPage(page);
  await card.fill(KIRILL);
  await card.submit();
  await card.expectStatus('Проверено');
  await family.open();
  await new ProfilePage(page).confirmIdentity();
  await family.open();

  // Online once: the schedule comes and stays on the phone.
  const apps = new ApplicationPages(page);
  await apps.openServices();
  await apps.start('Запись к врачу');
  await expect(page.getByTestId('schedule-as-of')).toBeVisible();
  const bookingUrl = page.url();

  // Offline: specialty, doctor, day and time from the kept schedule, and the booking queued.
  await context.setOffline(true);
  const first = await pickSlot(page, 'Педиатр', /Иванова Наталья Петровна/);
  await expect(page.getByTestId('chosen-slot')).toContainText('Иванова Наталья Петровна');
  await expectTapTargets(page);
  await shot(page, 'appt-01-picked-offline');
  expect(await seriousViolations(page)).toEqual([]);
  await apps.consent();
  await page.getByTestId('book').click();
  await expect(page.getByTestId('appointment')).toHaveAttribute('data-stage', 'queued');
  // The status bar says «Нет связи» and the count on one row at 360 px (no «нет сети» again).
  await expect(page.getByTestId('pending-count')).toHaveText('1 изменение ждёт');
  const top = (id: string) => page.getByTestId(id).evaluate((el) => el.getBoundingClientRect().top);
  expect(await top('pending-count')).toBe(await top('network-state'));
  await shot(page, 'appt-02-queued-offline');

  // Online: the send arrives and the server holds the slot.
  await context.setOffline(false);
  await expect(page.getByTestId('booked')).toHaveText('Вы записаны', { timeout: 30_000 });
  await expect(page.getByTestId('booking-when')).toHaveAttribute('data-slot', first);
  // The badge says the visit is booked, and no «рассматривается» note contradicts it.
  await expect(page.getByTestId('application-status')).toHaveText('Вы записаны');
  await expect(page.getByTestId('application-note')).toHaveCount(0);
  await expectTapTargets(page);
  await shot(page, 'appt-03-held');
  expect(await seriousViolations(page)).toEqual([]);

  // «Перенести»: another day and time of the same doctor; the old slot is freed.
  await page.getByTestId('reschedule').click();
  const moved = await pickSlot(page, null, null);
  await shot(page, 'appt-04-reschedule-picker');
  await page.getByTestId('reschedule-confirm').click();
  await expect(page.getByTestId('booking-when')).toHaveAttribute('data-slot', moved, {
    timeout: 30_000,
  });
  await expect(page.getByTestId('booking-moving')).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId('booked')).toBeVisible();
  await shot(page, 'appt-05-moved');

  // «Перенести» to a time another family takes meanwhile: nothing moves, the nearest free
  // ones are offered, and one of them is held instead.
  const other = await anotherFamily(browser, testInfo);
  await page.getByTestId('reschedule').click();
  const contested = await pickSlot(page, null, null);
  await other.book('pediatrician', 'doc-ram-ped-1', contested);
  await page.getByTestId('reschedule-confirm').click();
  const movedTaken = page.getByTestId('moved-taken');
  await expect(movedTaken).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('booking-when')).toHaveAttribute('data-slot', moved);
  await shot(page, 'appt-05b-move-taken');
  expect(await seriousViolations(page)).toEqual([]);
  const instead = movedTaken.getByRole('button').first();
  const insteadSlot = (await instead.getAttribute('data-slot'))!;
  expect(insteadSlot).not.toBe(contested);
  await instead.click();
  await expect(page.getByTestId('booking-when')).toHaveAttribute('data-slot', insteadSlot, {
    timeout: 30_000,
  });
  await expect(movedTaken).toBeHidden({ timeout: 30_000 });

  // A second booking, begun offline: the schedule kept in IndexedDB is what it picks from.
  // Another family books that very slot meanwhile.
  await apps.openServices();
  await context.setOffline(true);
  await apps.start('Запись к врачу');
  await expect(page.getByTestId('schedule-as-of')).toBeVisible();
  const wanted = await pickSlot(page, 'ЛОР (оториноларинголог)', /Кузнецова Елена Андреевна/);
  await apps.consent();
  await page.getByTestId('book').click();
  await expect(page.getByTestId('appointment')).toHaveAttribute('data-stage', 'queued');

  await other.book('ent', 'doc-ram-ent', wanted);

  await context.setOffline(false);
  const taken = page.getByTestId('slot-taken');
  await expect(taken).toBeVisible({ timeout: 30_000 });
  const alternatives = taken.getByRole('button');
  await expect(alternatives.first()).toBeVisible();
  expect(
    await alternatives.evaluateAll((b) => b.map((n) => n.getAttribute('data-slot'))),
  ).not.toContain(wanted);
  await shot(page, 'appt-06-slot-taken');
  expect(await seriousViolations(page)).toEqual([]);
  const pick = (await alternatives.first().getAttribute('data-slot'))!;
  await alternatives.first().click();
  await expect(page.getByTestId('booked')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('booking-when')).toHaveAttribute('data-slot', pick);
  await shot(page, 'appt-07-alternative-held');

  // «Отменить запись» on the first booking: the slot is freed.
  await page.goto(bookingUrl);
  await page.getByTestId('cancel-booking').click();
  await shot(page, 'appt-08-cancel-question');
  await page.getByTestId('cancel-confirm').click();
  await expect(page.getByTestId('booking-cancelled')).toHaveText(
    'Запись отменена, время освобождено.',
    {
      timeout: 30_000,
    },
  );
  await shot(page, 'appt-09-cancelled');
  const { token: ownToken } = await sessionOf(page);
  const schedule = await page.request.get('/api/v1/family/schedule/clinic-ram-child', {
    headers: { authorization: `Bearer ${ownToken}` },
  });
  const doctors = ((await schedule.json()) as { doctors: { doctorId: string; free: string[] }[] })
    .doctors;
  const free = doctors.find((d) => d.doctorId === 'doc-ram-ped-1')!.free;
  expect(free).toContain(moved);
  expect(free).toContain(insteadSlot);
  expect(free).not.toContain(contested);
  await other.close();
});
