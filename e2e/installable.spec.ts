import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { baseURL, chromiumArgs, chromiumPath } from './playwright.config.ts';
import { AuthPages } from './page-models/auth-pages.ts';
import { ChildCardPage } from './page-models/child-card-page.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { seriousViolations } from './support/axe.ts';

test('the app is installable (persistent profile: Chromium says incognito never is)', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'rodnik-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    baseURL,
    viewport: { width: 360, height: 740 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/sign-in');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await context.newCDPSession(page);
    await expect
      .poll(async () => {
        const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
          installabilityErrors: { errorId: string }[];
        };
        return installabilityErrors.map((e) => e.errorId);
      })
      .toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the main screens pass an axe scan with no serious violations', async ({ page }) => {
  await page.goto('/sign-in');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/sign-up');
  expect(await seriousViolations(page)).toEqual([]);

  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  expect(await seriousViolations(page)).toEqual([]);

  const family = new FamilyPage(page);
  await family.addChild();
  const card = new ChildCardPage(page);
  await card.submit(); // every field now shows what to fix
  expect(await seriousViolations(page)).toEqual([]);
});
