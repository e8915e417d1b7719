import { expect, type Locator, type Page } from '@playwright/test';

/** A picked file as Playwright hands it to an `<input type=file>`. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Draws a real JPEG (or PNG) of the given size in the page with a canvas: a
 * page of «text» lines on noise, so it compresses the way a photo of paper does.
 */
export async function photoOf(
  page: Page,
  width: number,
  height: number,
  name = `IMG_${width}x${height}.jpg`,
  mimeType: 'image/jpeg' | 'image/png' = 'image/jpeg',
): Promise<PickedFile> {
  const bytes = await page.evaluate(
    async ({ width, height, mimeType }) => {
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#f4efe3';
      ctx.fillRect(0, 0, width, height);
      for (let i = 0; i < 4000; i += 1) {
        ctx.fillStyle = `rgba(0,0,0,${(i % 7) / 60})`;
        ctx.fillRect((i * 7919) % width, (i * 104729) % height, 3, 3);
      }
      ctx.fillStyle = '#1a1a1a';
      ctx.font = `${Math.max(12, Math.round(height / 40))}px serif`;
      for (let y = 80; y < height - 40; y += Math.round(height / 25)) {
        ctx.fillText('СВИДЕТЕЛЬСТВО О РОЖДЕНИИ IV-МЮ 100001', 60, y);
      }
      const blob = await canvas.convertToBlob({ type: mimeType, quality: 0.97 });
      return [...new Uint8Array(await blob.arrayBuffer())];
    },
    { width, height, mimeType },
  );
  return { name, mimeType, buffer: Buffer.from(bytes) };
}

/** One AttachDocuments block (a kind of paper on a record), found by its visible title. */
export class DocumentsSection {
  readonly root: Locator;
  constructor(
    private readonly page: Page,
    readonly title: string,
  ) {
    this.root = page.getByRole('region', { name: title, exact: true });
  }

  async takePhoto(file: PickedFile): Promise<void> {
    await this.page.getByLabel(`Сфотографировать: ${this.title}`).setInputFiles(file);
  }

  async pickFiles(files: PickedFile[]): Promise<void> {
    await this.page.getByLabel(`Выбрать файл: ${this.title}`).setInputFiles(files);
  }

  pages(): Locator {
    return this.root.getByTestId('document-page');
  }

  pageNamed(fileName: string): Locator {
    return this.pages().filter({ hasText: fileName });
  }

  async expectState(fileName: string, text: string | RegExp): Promise<void> {
    await expect(this.pageNamed(fileName).getByTestId('document-state')).toHaveText(text);
  }

  refused(): Locator {
    return this.root.getByTestId('attach-refused');
  }
}
