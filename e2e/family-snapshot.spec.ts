import { expect, test, type Page } from '@playwright/test';
import { childCardDoc } from '../apps/sync-server/src/test-support/child-cards.ts';
import { AuthPages } from './page-models/auth-pages.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { sessionOf } from './support/accounts.ts';
import { shot } from './support/shots.ts';

/**
 * The family screen paints from its snapshot (issue 14): started again offline,
 * the children are on screen before the page has opened any IndexedDB
 * database, and the live rows that follow move nothing; signing out leaves no
 * snapshot on the phone.
 */

declare global {
  interface Window {
    /** What the page looked like when the first child row appeared, and what it had opened by then. */
    __firstRows?: { source: string | null; databasesOpened: number };
    __databasesOpened?: number;
    __shift?: number;
  }
}

/** Runs before the app's own scripts on every load of the page. */
function watchFirstRows(): void {
  window.__databasesOpened = 0;
  window.__shift = 0;
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (name: string, version?: number) => {
    window.__databasesOpened!++;
    return open(name, version);
  };
  new MutationObserver(() => {
    if (window.__firstRows || !document.querySelector('[data-testid="child-row"]')) return;
    window.__firstRows = {
      source:
        document.querySelector('[data-testid="family-home"]')?.getAttribute('data-source') ?? null,
      databasesOpened: window.__databasesOpened!,
    };
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) window.__shift! += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function pushDraftCard(page: Page): Promise<void> {
  const { token, account } = await sessionOf(page);
  const card = childCardDoc(account.familyId, '0193c300-0000-7000-8000-000000000001', {
    surname: 'Громова',
    givenName: 'Лада',
    // A certificate of its own: another family's card with the same one is a duplicate.
    birthCertificate: { ...childCardDoc('', '').birthCertificate, number: '900314' },
  });
  const response = await page.request.post('/api/v1/sync/children/push', {
    headers: { authorization: `Bearer ${token}`, 'x-rodnik-protocol': '1' },
    data: [{ newDocumentState: card }],
  });
  expect(response.status()).toBe(200);
}

test('started again offline, the family screen shows its children before any database opens; the live rows move nothing; sign-out leaves no snapshot', async ({
  page,
  context,
}) => {
  await new AuthPages(page).signUpAndSignIn();
  await pushDraftCard(page);
  const family = new FamilyPage(page);
  const home = page.getByTestId('family-home');
  await expect(family.row('Громова Лада')).toBeVisible();
  await expect(home).toHaveAttribute('data-source', 'live');
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));

  await context.addInitScript(watchFirstRows);
  await context.setOffline(true);
  await page.reload();
  await expect(family.row('Громова Лада')).toBeVisible();
  expect(await page.evaluate(() => window.__firstRows)).toEqual({
    source: 'snapshot',
    databasesOpened: 0,
  });
  await family.expectNetwork('Нет связи');
  await shot(page, 'family-snapshot-offline');

  // Untouched, the page opens its database a moment later; the rows read from it are the same.
  await expect(home).toHaveAttribute('data-source', 'live');
  expect(await page.evaluate(() => window.__databasesOpened)).toBeGreaterThan(0);
  await expect(family.row('Громова Лада')).toHaveCount(1);
  expect(await page.evaluate(() => window.__shift)).toBeLessThanOrEqual(0.02);
  await shot(page, 'family-snapshot-live');

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Выйти', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('rodnik.snapshot.')),
  );
  expect(kept).toEqual([]);
});
