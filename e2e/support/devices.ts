import type { Browser, BrowserContext, TestInfo } from '@playwright/test';

/** Another person's phone: a context of its own, with the project's settings. */
export async function anotherDevice(browser: Browser, info: TestInfo): Promise<BrowserContext> {
  const { baseURL, locale, viewport } = info.project.use;
  return browser.newContext({ baseURL, locale, viewport, serviceWorkers: 'allow' });
}
