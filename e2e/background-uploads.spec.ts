import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type CDPSession } from '@playwright/test';
import { baseURL, chromiumArgs, chromiumPath } from './playwright.config.ts';
import { AuthPages } from './page-models/auth-pages.ts';
import { DocumentsSection, photoOf } from './page-models/documents-section.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { anotherDevice } from './support/devices.ts';

const UPLOADS = '**/api/v1/uploads**';

/** A phone with a profile directory of its own, so its service worker outlives the app page. */
function openPhone(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    baseURL,
    locale: 'ru-RU',
    viewport: { width: 360, height: 740 },
    serviceWorkers: 'allow',
  });
}

/** The service worker registration's id, as DevTools knows it. */
async function registrationId(cdp: CDPSession): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL.startsWith(baseURL) && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

test('a scan whose upload failed is finished by the service worker after the app is closed', async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const profile = mkdtempSync(join(tmpdir(), 'rodnik-bg-sync-'));
  const context = await openPhone(profile);
  const other = await anotherDevice(browser, testInfo);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const auth = new AuthPages(page);
    const parent = await auth.signUpAndSignIn();
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return 'SyncManager' in window && 'sync' in registration;
      }),
    ).toBe(true);
    const family = new FamilyPage(page);
    await family.addChild();
    const cardUrl = page.url();
    await family.expectPending(0);

    // The upload server cannot be reached (from the page and from the worker alike),
    // while the record itself replicates: the scan waits and a background sync is registered.
    const tries = { page: 0, worker: 0 };
    await context.route(UPLOADS, (route) => {
      if (route.request().serviceWorker()) tries.worker += 1;
      else tries.page += 1;
      return route.abort('internetdisconnected');
    });
    const snils = new DocumentsSection(page, 'СНИЛС');
    await snils.takePhoto(await photoOf(page, 1600, 1200, 'snils.jpg'));
    await family.expectPending(0);
    await expect.poll(() => tries.page).toBeGreaterThan(0);
    await expect(page.getByTestId('uploads-waiting')).toHaveAttribute('data-count', '1');
    // The page asked the browser to wake the worker for it later.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const registration = (await navigator.serviceWorker
            .ready) as ServiceWorkerRegistration & {
            sync: { getTags(): Promise<string[]> };
          };
          return registration.sync.getTags();
        }),
      )
      .toContain('rodnik-uploads');

    // The app is closed; the phone (its browser) stays on.
    await page.close();
    expect(context.pages()).toHaveLength(0);

    // Another phone of the family: the record is there, its bytes are not.
    const otherPage = await other.newPage();
    await new AuthPages(otherPage).signIn(parent);
    await otherPage.goto(cardUrl);
    const otherSnils = new DocumentsSection(otherPage, 'СНИЛС');
    await otherSnils.expectState('snils.jpg', 'Отправляется с другого устройства');

    // The connection comes back. Chromium fires a due sync when the network changes; under
    // test we fire it the way DevTools does, from a tab that is not the app.
    await context.unroute(UPLOADS);
    const blank = await context.newPage();
    const cdp = await context.newCDPSession(blank);
    const id = await registrationId(cdp);
    const workerTriesBefore = tries.worker;
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: new URL(baseURL).origin,
      registrationId: id,
      tag: 'rodnik-uploads',
      lastChance: false,
    });

    // No app page is open, yet the server receives the bytes, checks them and says «Принят».
    await expect(otherSnils.pageNamed('snils.jpg').getByTestId('document-state')).toHaveText(
      'Принят',
      { timeout: 30_000 },
    );
    expect(context.pages().filter((p) => p.url().startsWith(baseURL))).toHaveLength(0);
    expect(tries.worker).toBe(workerTriesBefore); // the route was gone: the worker's fetch got through
  } finally {
    await other.close();
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
