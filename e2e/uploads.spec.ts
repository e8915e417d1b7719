import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { baseURL, chromiumArgs, chromiumPath } from './playwright.config.ts';
import { AuthPages } from './page-models/auth-pages.ts';
import { DocumentsSection, photoOf, type PickedFile } from './page-models/documents-section.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { anotherDevice } from './support/devices.ts';
import { shot } from './support/shots.ts';

/** The same phone across restarts: a persistent profile directory (IndexedDB, SW, localStorage). */
function openPhone(profile: string, offline = false): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    baseURL,
    locale: 'ru-RU',
    viewport: { width: 360, height: 740 },
    serviceWorkers: 'allow',
    offline,
  });
}

/** A well-formed PDF (header, catalog, xref, trailer, %%EOF) with a ZIP's start riding after it. */
function pdfWithTail(name: string): PickedFile {
  const head = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n',
  ];
  const offsets = [head.length, head.length + objects[0]!.length];
  const xrefAt = head.length + objects.join('').length;
  const xref = `xref\n0 3\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const trailer = `trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  const tail = 'PK\x03\x04 not part of the PDF';
  return {
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from(head + objects.join('') + xref + trailer + tail, 'latin1'),
  };
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

test('a scan attached offline survives a reload and a restart, then uploads and is accepted; one the server cannot take is rejected with the reason', async () => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(join(tmpdir(), 'rodnik-uploads-'));
  let context = await openPhone(profile);
  try {
    let page = await firstPage(context);
    const auth = new AuthPages(page);
    await auth.signUpAndSignIn();
    const family = new FamilyPage(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    // The card reaches the server first (a scan attaches to a record the server knows).
    await family.addChild();
    const cardUrl = page.url();
    await family.expectPending(0);

    // No signal: a 1600×1200 photo of the birth certificate is stored and waits.
    await context.setOffline(true);
    await family.expectNetwork('Нет связи');
    let certificate = new DocumentsSection(page, 'Свидетельство о рождении');
    const photo = await photoOf(page, 1600, 1200, 'svidetelstvo.jpg');
    await certificate.takePhoto(photo);
    await expect(certificate.pages()).toHaveCount(1);
    await certificate.expectState('svidetelstvo.jpg', /Ждёт связи/);
    // The photo is re-encoded on the phone: the saving shows, and still does after a reload.
    const saving = () => certificate.pageNamed('svidetelstvo.jpg').getByText(/^Сжато: .+ → .+$/);
    await expect(saving()).toBeVisible();
    const savingText = await saving().textContent();
    await expect(page.getByTestId('uploads-waiting')).toHaveAttribute('data-count', '1');
    await certificate.root.scrollIntoViewIfNeeded();
    await shot(page, '20-scan-waiting-offline');

    // Reload, still offline: the scan is still there (bytes in IndexedDB, record in RxDB).
    await page.reload();
    await certificate.expectState('svidetelstvo.jpg', /Ждёт связи/);
    await expect(saving()).toHaveText(savingText!);
    await page.getByRole('button', { name: 'Открыть: Страница 1 · svidetelstvo.jpg' }).click();
    await expect(certificate.pageNamed('svidetelstvo.jpg').getByRole('img')).toBeVisible();

    // The phone is switched off and on again, still without signal.
    await context.close();
    context = await openPhone(profile, true);
    page = await firstPage(context);
    certificate = new DocumentsSection(page, 'Свидетельство о рождении');
    await page.goto(cardUrl);
    await certificate.expectState('svidetelstvo.jpg', /Ждёт связи/);
    await expect(saving()).toHaveText(savingText!);

    // Signal: the record goes, then the bytes; the server checks them and says «Принят».
    await context.setOffline(false);
    await certificate.expectState('svidetelstvo.jpg', 'Принят');
    await expect(page.getByTestId('uploads-waiting')).toHaveCount(0);
    await certificate.root.scrollIntoViewIfNeeded();
    await shot(page, '21-scan-accepted');

    // The server reads what the phone does not: a PDF with something riding after its end comes
    // back rejected, with the reason in words. (A 400×300 photo never leaves the phone: scan-checks.spec.ts.)
    await certificate.pickFiles([pdfWithTail('svidetelstvo.pdf')]);
    await certificate.expectState('svidetelstvo.pdf', 'Не принят');
    await expect(
      certificate.pageNamed('svidetelstvo.pdf').getByTestId('document-rejection'),
    ).toContainText('посторонние данные');
    await expect(
      certificate.pageNamed('svidetelstvo.pdf').getByText('Переснять', { exact: false }),
    ).toBeVisible();
    await certificate.pageNamed('svidetelstvo.pdf').scrollIntoViewIfNeeded();
    await shot(page, '22-scan-rejected');
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a file that is not PDF, JPEG or PNG is refused at once, naming it, and nothing else is lost', async ({
  page,
}) => {
  const auth = new AuthPages(page);
  await auth.signUpAndSignIn();
  await new FamilyPage(page).addChild();
  const snils = new DocumentsSection(page, 'СНИЛС');
  const pdf = {
    name: 'snils.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n%…\n1 0 obj\n<<>>\nendobj\n%%EOF\n'),
  };
  const fake = {
    name: 'snils-scan.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('MZ\x90\x00 this is a program'),
  };
  await snils.pickFiles([pdf, fake]);
  await expect(snils.refused()).toContainText('«snils-scan.jpg»');
  await expect(snils.refused()).toContainText('не PDF, JPEG или PNG');
  await expect(snils.pages()).toHaveCount(1);
  await expect(snils.pageNamed('snils.pdf')).toBeVisible();
  await snils.root.scrollIntoViewIfNeeded();
  await shot(page, '23-scan-refused');
});

test("the family's other phone downloads a scan from the server; once removed, it is gone everywhere", async ({
  page,
  browser,
}, testInfo) => {
  const auth = new AuthPages(page);
  const parent = await auth.signUpAndSignIn();
  await new FamilyPage(page).addChild();
  const cardUrl = page.url();
  const oms = new DocumentsSection(page, 'Полис ОМС');
  await oms.takePhoto(await photoOf(page, 1600, 1200, 'oms.jpg'));
  await oms.expectState('oms.jpg', 'Принят');

  // The same parent on another phone: the record arrives by replication, the bytes do not.
  const other = await anotherDevice(browser, testInfo);
  try {
    const otherPage = await other.newPage();
    await new AuthPages(otherPage).signIn(parent);
    await otherPage.goto(cardUrl);
    const otherOms = new DocumentsSection(otherPage, 'Полис ОМС');
    await otherOms.expectState('oms.jpg', 'Принят');
    await otherPage.getByRole('button', { name: 'Открыть: Страница 1 · oms.jpg' }).click();
    const image = otherOms.pageNamed('oms.jpg').getByRole('img', { name: 'Страница 1 · oms.jpg' });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
    await expect(
      otherOms.pageNamed('oms.jpg').getByRole('link', { name: 'Скачать' }),
    ).toBeVisible();

    // Removed on the first phone: gone from the other one, and the server forgets the bytes.
    const documentId = await otherOms.pageNamed('oms.jpg').getAttribute('data-id');
    await oms.pageNamed('oms.jpg').getByRole('button', { name: 'Удалить' }).click();
    const confirm = oms.pageNamed('oms.jpg').getByRole('alertdialog');
    await expect(confirm).toContainText('удалится с устройства и с сервера');
    await confirm.getByRole('button', { name: 'Удалить' }).click();
    await expect(oms.pages()).toHaveCount(0);
    await expect(otherOms.pages()).toHaveCount(0);
    await expect
      .poll(() =>
        otherPage.evaluate(async (id) => {
          const { token } = JSON.parse(localStorage.getItem('rodnik.session') ?? '{}');
          const answer = await fetch(`/api/v1/documents/${id}/content`, {
            headers: { authorization: `Bearer ${token}` },
          });
          return answer.status;
        }, documentId),
      )
      .toBe(404);
  } finally {
    await other.close();
  }
});
