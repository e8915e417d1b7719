import qrcode from 'qrcode-generator';
import { A4_POINTS, jpegPdf } from './pdf-writer.ts';

/**
 * The receipt for a sent application, made on the device so it is there
 * offline: drawn on a canvas with the system font (Cyrillic without shipping
 * a font), encoded as JPEG and wrapped in a one-page PDF. Loaded lazily, only
 * when the parent asks for it.
 */

export type ReceiptText = {
  title: string;
  rows: readonly { label: string; value: string }[];
  documentsLabel: string;
  documents: readonly string[];
  qrNote: string;
};

/** `kvitanciya-2026-000123.pdf`: Latin, so every phone's file manager shows it. */
export function receiptFileName(requestNumber: string): string {
  return `kvitanciya-${requestNumber.replace(/[^\w-]/g, '')}.pdf`;
}

/** ~150 dpi on A4. */
const WIDTH = 1240;
const HEIGHT = 1754;
const MARGIN = 110;

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (ctx.measureText(next).width > width && line !== '') {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function drawQr(ctx: CanvasRenderingContext2D, data: string, x: number, y: number, size: number) {
  const qr = qrcode(0, 'M');
  qr.addData(data);
  qr.make();
  const n = qr.getModuleCount();
  const cell = Math.floor(size / (n + 8));
  const origin = { x: x + (size - cell * n) / 2, y: y + (size - cell * n) / 2 };
  ctx.fillStyle = '#000';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.isDark(r, c)) ctx.fillRect(origin.x + c * cell, origin.y + r * cell, cell, cell);
    }
  }
}

function drawReceipt(canvas: HTMLCanvasElement, text: ReceiptText, qrData: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = '#000';
  ctx.textBaseline = 'top';
  const font = (size: number, bold = false) =>
    `${bold ? 'bold ' : ''}${size}px system-ui, "DejaVu Sans", Arial, sans-serif`;
  const textWidth = WIDTH - 2 * MARGIN;
  let y = MARGIN;
  ctx.font = font(46, true);
  for (const line of wrap(ctx, text.title, textWidth)) {
    ctx.fillText(line, MARGIN, y);
    y += 60;
  }
  y += 30;
  const para = (label: string, value: string) => {
    ctx.font = font(28);
    ctx.fillStyle = '#555';
    ctx.fillText(label, MARGIN, y);
    y += 38;
    ctx.font = font(34, true);
    ctx.fillStyle = '#000';
    for (const line of wrap(ctx, value, textWidth)) {
      ctx.fillText(line, MARGIN, y);
      y += 44;
    }
    y += 22;
  };
  for (const row of text.rows) para(row.label, row.value);
  if (text.documents.length === 0) para(text.documentsLabel, '—');
  else {
    ctx.font = font(28);
    ctx.fillStyle = '#555';
    ctx.fillText(text.documentsLabel, MARGIN, y);
    y += 40;
    ctx.fillStyle = '#000';
  }
  ctx.font = font(32);
  for (const doc of text.documents) {
    for (const line of wrap(ctx, `• ${doc}`, textWidth)) {
      ctx.fillText(line, MARGIN, y);
      y += 42;
    }
  }
  const qrSize = 360;
  const qrY = Math.max(y + 40, HEIGHT - MARGIN - qrSize - 50);
  drawQr(ctx, qrData, MARGIN - 40, qrY, qrSize);
  ctx.font = font(26);
  ctx.fillStyle = '#555';
  ctx.fillText(text.qrNote, MARGIN, qrY + qrSize + 4);
}

/** The receipt as a PDF blob. */
export async function makeReceiptPdf(text: ReceiptText, requestNumber: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  drawReceipt(canvas, text, requestNumber);
  const jpegBlob = await new Promise<Blob>((done, fail) =>
    canvas.toBlob(
      (b) => (b ? done(b) : fail(new Error('JPEG encoding failed'))),
      'image/jpeg',
      0.9,
    ),
  );
  const jpeg = new Uint8Array(await jpegBlob.arrayBuffer());
  const pdf = jpegPdf({
    jpeg,
    widthPx: WIDTH,
    heightPx: HEIGHT,
    widthPt: A4_POINTS.width,
    heightPt: A4_POINTS.height,
  });
  return new Blob([pdf as BlobPart], { type: 'application/pdf' });
}

/** Saves the blob under `name` through a temporary link (works offline; no server). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
