import { toWinAnsi } from './pdf-text';

export type Pdf = PDFKit.PDFDocument;
export type FontName = 'Helvetica' | 'Helvetica-Bold';

/**
 * A pdfkit document with its bytes collected in memory; `finish()` ends it and resolves with the whole file. pdfkit
 * (with its fonts) is loaded on the first document, not when the API starts: most processes never draw one.
 */
export async function openPdf(options: PDFKit.PDFDocumentOptions): Promise<{ doc: Pdf; finish: () => Promise<Buffer> }> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return done;
    },
  };
}

export interface LineOptions {
  font?: FontName;
  size: number;
  /** Below this size the text is cut with an ellipsis instead of shrunk further. Defaults to `size` (never shrink). */
  minSize?: number;
  align?: 'left' | 'right' | 'center';
}

/**
 * Writes one line of text at (x, y) that never wraps and never leaves `width`: it shrinks the font down to
 * `minSize`, then cuts the end off with "…". The text is made WinAnsi-safe first. Returns the font size used.
 */
export function line(doc: Pdf, text: string, x: number, y: number, width: number, options: LineOptions): number {
  const { font = 'Helvetica', size, minSize = size, align = 'left' } = options;
  let printable = toWinAnsi(text);
  doc.font(font);
  let used = size;
  while (used > minSize && doc.fontSize(used).widthOfString(printable) > width) used -= 0.5;
  doc.fontSize(used);
  if (doc.widthOfString(printable) > width) {
    while (printable.length > 0 && doc.widthOfString(`${printable}…`) > width) printable = printable.slice(0, -1);
    printable = `${printable.trimEnd()}…`;
  }
  const textWidth = doc.widthOfString(printable);
  const left = align === 'right' ? x + width - textWidth : align === 'center' ? x + (width - textWidth) / 2 : x;
  doc.text(printable, left, y, { lineBreak: false });
  return used;
}

export function rule(doc: Pdf, x: number, y: number, width: number, thickness = 1): void {
  doc.save().lineWidth(thickness).moveTo(x, y).lineTo(x + width, y).stroke().restore();
}
