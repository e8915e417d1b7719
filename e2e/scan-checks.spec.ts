import { expect, test, type Request } from '@playwright/test';
import { AuthPages } from './page-models/auth-pages.ts';
import { DocumentsSection, photoOf, type PickedFile } from './page-models/documents-section.ts';
import { FamilyPage } from './page-models/family-page.ts';
import { seriousViolations } from './support/axe.ts';
import { shot } from './support/shots.ts';

/**
 * Issue 13: a scan is checked on the phone before any byte is sent — its type
 * by its bytes, at most 5 MB, at least 800×600, not the same file as one the
 * record already has. A refusal says what and how to fix beside the box; no
 * upload request goes out, and nothing attached before is lost.
 */

/** A PDF of `size` bytes: its first bytes say PDF, the rest is filler. */
function pdfOf(name: string, size: number): PickedFile {
  const buffer = Buffer.alloc(size, 0x20);
  buffer.write('%PDF-1.7\n', 0, 'latin1');
  return { name, mimeType: 'application/pdf', buffer };
}

test('a 400×300 picture, a text file called .jpg, a PDF over 5 MB and a duplicate are refused on the phone with no upload; a good scan still goes', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // Every request to the upload endpoint, from the page or its service worker.
  const uploads: string[] = [];
  context.on('request', (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/api/v1/uploads')) {
      uploads.push(`${request.method()} ${request.url()}`);
    }
  });

  await new AuthPages(page).signUpAndSignIn();
  const family = new FamilyPage(page);
  await family.addChild();
  await family.expectPending(0);
  const snils = new DocumentsSection(page, 'СНИЛС');

  // A 400×300 photo: too small to read — refused from its header, nothing stored or sent.
  await snils.takePhoto(await photoOf(page, 400, 300, 'melkiy.png', 'image/png'));
  await expect(snils.refused()).toHaveText(
    '«melkiy.png»: Снимок слишком мелкий, текст не прочитать (400×300 пикселей, нужно не меньше 800×600) — переснимите документ ближе и при хорошем свете.',
  );
  await expect(snils.root.getByText('Пока ничего не прикреплено.')).toBeVisible();
  await snils.root.scrollIntoViewIfNeeded();
  await shot(page, '60-scan-too-small-refused');
  expect(await seriousViolations(page)).toEqual([]);

  // A text file named like a photo: the bytes decide, not the name.
  await snils.pickFiles([
    { name: 'snils.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('это не фотография') },
  ]);
  await expect(snils.refused()).toContainText('«snils.jpg»: Этот файл не PDF, JPEG или PNG');

  // A PDF over 5 MB (never re-encoded on the phone): refused before it is read.
  await snils.pickFiles([pdfOf('snils-skan.pdf', 5 * 1024 * 1024 + 4096)]);
  await expect(snils.refused()).toHaveText(
    '«snils-skan.pdf»: Файл больше 5 МБ — сфотографируйте страницу заново или сожмите PDF.',
  );
  await expect(snils.pages()).toHaveCount(0);
  await expect(page.getByTestId('uploads-waiting')).toHaveCount(0);
  expect(uploads).toEqual([]);

  // A good 1600×1200 photo goes up and is accepted.
  const good = await photoOf(page, 1600, 1200, 'snils-foto.jpg');
  await snils.takePhoto(good);
  await expect(snils.refused()).toHaveCount(0);
  await snils.expectState('snils-foto.jpg', 'Принят');
  expect(uploads.length).toBeGreaterThan(0);
  const sentForGood = uploads.length;

  // The same photo again, in its own box and in another: refused, naming the box that holds it.
  await snils.takePhoto(good);
  await expect(snils.refused()).toHaveText(
    '«snils-foto.jpg»: Этот файл уже прикреплён («СНИЛС» в карточке ребёнка) — второй раз он не нужен: выберите другой файл или переснимите страницу.',
  );
  await expect(snils.pages()).toHaveCount(1);
  await snils.expectState('snils-foto.jpg', 'Принят');
  await snils.root.scrollIntoViewIfNeeded();
  await shot(page, '61-scan-duplicate-refused');

  const oms = new DocumentsSection(page, 'Полис ОМС');
  await oms.pickFiles([good]);
  await expect(oms.refused()).toContainText('уже прикреплён («СНИЛС» в карточке ребёнка)');
  await expect(oms.pages()).toHaveCount(0);
  expect(uploads).toHaveLength(sentForGood);
  // The same refusal in English, the box named in English too.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(
    page.getByRole('region', { name: 'OMS policy', exact: true }).getByTestId('attach-refused'),
  ).toHaveText(
    "«snils-foto.jpg»: This file is already attached (“SNILS” on the child's card) — it is not needed twice: pick another file or retake the page.",
  );
  await page.getByRole('button', { name: 'Переключить на русский' }).click();
  await expect(oms.refused()).toContainText('уже прикреплён');

  // In a pick of several, the good one is kept and sent, the refused ones are named.
  await oms.pickFiles([
    await photoOf(page, 1700, 1200, 'oms.jpg'),
    await photoOf(page, 640, 480, 'oms-melkiy.jpg'),
  ]);
  await expect(oms.refused()).toContainText('«oms-melkiy.jpg»: Снимок слишком мелкий');
  await oms.expectState('oms.jpg', 'Принят');
  await expect(oms.pages()).toHaveCount(1);
  await oms.root.scrollIntoViewIfNeeded();
  await shot(page, '62-scan-good-kept-small-refused');
  expect(await seriousViolations(page)).toEqual([]);
});
