import { expect, test, type Page } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { DocumentsSection, photoOf } from './page-models/documents-section.ts';
import { FamilyPage } from './page-models/family-page.ts';

/** Every Content-Security-Policy violation the page reports, from the browser's own event. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void })
        .reportCspViolation;
      report(
        `${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the app runs under its strict Content-Security-Policy with no violation', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const shell = await page.goto('/');
  const policy = shell?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');

  // Sign-up and sign-in, a child card, and a scan with its blob: preview, the service worker on.
  await new AuthPages(page).signUpAndSignIn();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await new FamilyPage(page).addChild();
  const certificate = new DocumentsSection(page, 'Свидетельство о рождении');
  await certificate.takePhoto(await photoOf(page, 1600, 1200, 'svidetelstvo.jpg'));
  await expect(certificate.pages()).toHaveCount(1);
  await page.reload();
  await expect(certificate.pages()).toHaveCount(1);
  expect(violations).toEqual([]);
});
