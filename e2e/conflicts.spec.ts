import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { sessionOf } from './support/accounts.ts';
import { seriousViolations } from './support/axe.ts';
import { shot } from './support/shots.ts';

/**
 * Kept losing values beside their field (docs/sync-rules.md «Conflicts»,
 * «Refusals»). The records are pushed through the API as other phones would
 * leave them, so the screens are tested on a known list; the person's choice
 * must reach the server like any edit.
 */

const AT_0905 = '2026-12-07T06:05:00.000Z';
const AT_0907 = '2026-12-07T06:07:00.000Z';

async function api(page: Page) {
  const { token, account } = await sessionOf(page);
  const headers = { authorization: `Bearer ${token}`, 'x-rodnik-protocol': '1' };
  return {
    account,
    async push(collection: string, doc: Record<string, unknown>): Promise<void> {
      const response = await page.request.post(`/api/v1/sync/${collection}/push`, {
        headers,
        data: [{ newDocumentState: { familyId: account.familyId, serverSeq: 0, ...doc } }],
      });
      expect(response.status()).toBe(200);
    },
    async master(collection: string, id: string): Promise<Record<string, unknown> | undefined> {
      const response = await page.request.get(`/api/v1/sync/${collection}/pull?after=0&limit=500`, {
        headers,
      });
      const { documents } = (await response.json()) as { documents: Record<string, unknown>[] };
      return documents.find((d) => d.id === id);
    },
  };
}

test('every losing value of a field is shown; «Оставить моё» settles the field and syncs', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await new AuthPages(page).signUpAndSignIn();
  const server = await api(page);
  const id = randomUUID();
  await server.push('children', {
    id,
    surname: 'Смирнов',
    givenName: 'Пётр',
    birthCertificate: { kind: 'ru' },
    conflicts: [
      // This account's own phone (the server stamps `by`) and another phone lost to «Смирнов».
      { field: 'surname', localValue: 'Сидоров', remoteValue: 'Смирнов', at: AT_0905 },
      {
        field: 'surname',
        localValue: 'Кузнецов',
        remoteValue: 'Смирнов',
        at: AT_0907,
        by: 'another-parent',
      },
      { field: 'givenName', localValue: 'Павел', at: AT_0907, reason: 'refused' },
    ],
  });

  await page.goto(`/family/child/${id}`);
  const surname = page.getByRole('group', {
    name: '«Фамилия»: значения, которые не попали в поле',
  });
  await expect(surname.getByTestId('conflict-entry')).toHaveText([
    /«Сидоров» с этого устройства, 07\.12\.2026 09:05 по Москве/,
    /«Кузнецов» с другого устройства, 07\.12\.2026 09:07 по Москве/,
  ]);
  await expect(surname).toContainText('Сейчас в поле: «Смирнов»');
  await shot(page, 'conflicts-card');
  expect(await seriousViolations(page)).toEqual([]);

  // A refused change: its reason, «Скопировать», «Убрать».
  const givenName = page.getByTestId('conflicts-givenName');
  await expect(givenName).toContainText('Сервер не принял это изменение');
  await givenName.getByRole('button', { name: 'Скопировать «Павел»' }).click();
  await expect(givenName.getByRole('status')).toHaveText('Скопировано');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Павел');
  await givenName.getByRole('button', { name: 'Убрать «Павел»' }).click();
  await expect(givenName).toHaveCount(0);
  await expect(page.getByLabel('Имя', { exact: true })).toHaveValue('Пётр');

  await surname.getByRole('button', { name: 'Оставить моё: «Кузнецов»' }).click();
  await expect(surname).toHaveCount(0);
  await expect(page.getByLabel('Фамилия', { exact: true })).toHaveValue('Кузнецов');
  await expect
    .poll(async () => {
      const master = await server.master('children', id);
      return { surname: master?.surname, conflicts: master?.conflicts };
    })
    .toEqual({ surname: 'Кузнецов', conflicts: [] });
});

test('a change a rule refused is shown beside its answer with the reason, and «Убрать» syncs', async ({
  page,
}) => {
  await new AuthPages(page).signUpAndSignIn();
  const server = await api(page);
  const childId = randomUUID();
  await server.push('children', { id: childId, surname: 'Смирнов', givenName: 'Пётр' });
  const id = randomUUID();
  await server.push('applications', {
    id,
    serviceId: 'polyclinic-attachment',
    childId,
    answers: { omsPolicy: '7700000000000001' },
    conflicts: [
      {
        field: 'answers.omsPolicy',
        localValue: '7700000000000002',
        remoteValue: '7700000000000001',
        at: AT_0905,
        reason: 'application-sent',
      },
    ],
  });

  await page.goto(`/family/applications/${id}`);
  const oms = page.getByTestId('conflicts-answers-omsPolicy');
  await expect(oms).toContainText('Заявление уже отправлено — это поле не изменить');
  await expect(oms.getByTestId('conflict-entry')).toHaveText(
    /«7700000000000002» с этого устройства, 07\.12\.2026 09:05 по Москве/,
  );
  await expect(oms.getByRole('button', { name: 'Оставить моё' })).toHaveCount(0);
  await shot(page, 'conflicts-application');
  expect(await seriousViolations(page)).toEqual([]);
  await oms.getByRole('button', { name: 'Убрать «7700000000000002»' }).click();
  await expect(oms).toHaveCount(0);
  await expect.poll(async () => (await server.master('applications', id))?.conflicts).toEqual([]);
});
