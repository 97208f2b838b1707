import { type PackingSlipDocument, type PackingSlipLine } from './document-types';
import { addressLines, formatDate } from './format';
import { line, openPdf, rule, type Pdf } from './pdf-canvas';
import { toWinAnsi } from './pdf-text';

const MARGIN = 48;
const CELL_PADDING = 4;
const BODY_SIZE = 9;
/** A cell wraps to at most this many lines, so one absurd title cannot outgrow a page. */
const MAX_CELL_LINES = 4;

interface Column {
  title: string;
  width: number;
  cell: (line: PackingSlipLine) => string;
  align?: 'left' | 'right';
}

/**
 * Renders a packing slip on A4 (or Letter): shop, order reference, date, ship-to address, parcel count, then a table
 * of the lines (SKU, title, options, quantity) that continues on new pages under a repeated header, and
 * "Page n of m" on every page. Pure apart from the CPU: no file, no network; the same input gives the same bytes.
 */
export async function renderPackingSlipPdf(slip: PackingSlipDocument): Promise<Buffer> {
  const size = slip.paperSize ?? 'A4';
  const { doc, finish } = await openPdf({
    size,
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `Packing slip ${slip.reference}`,
      Creator: 'Emporium',
      Producer: 'Emporium shipping documents',
      CreationDate: slip.createdAt,
      ModDate: slip.createdAt,
    },
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = doc.page.height - MARGIN - 20;
  const columns: Column[] = [
    { title: 'SKU', width: 110, cell: (l) => l.sku },
    { title: 'Item', width: width - 110 - 140 - 45, cell: (l) => l.title },
    { title: 'Options', width: 140, cell: (l) => (l.options ?? []).map((o) => `${o.name}: ${o.value}`).join(', ') },
    { title: 'Qty', width: 45, cell: (l) => String(l.quantity), align: 'right' },
  ];

  let y = drawHeading(doc, slip, width);
  y = drawTableHeader(doc, columns, y, width);
  for (const item of slip.lines) {
    const height = rowHeight(doc, columns, item);
    if (y + height > bottom) {
      doc.addPage();
      line(doc, `Packing slip ${slip.reference} (continued)`, MARGIN, MARGIN, width, { font: 'Helvetica-Bold', size: 11, minSize: 8 });
      y = drawTableHeader(doc, columns, MARGIN + 22, width);
    }
    drawRow(doc, columns, item, y, height);
    y += height;
    rule(doc, MARGIN, y, width, 0.25);
  }

  const totalQuantity = slip.lines.reduce((sum, item) => sum + item.quantity, 0);
  const note = slip.note ? toWinAnsi(slip.note) : '';
  const noteHeight = note ? doc.font('Helvetica').fontSize(BODY_SIZE).heightOfString(note, { width }) + 8 : 0;
  if (y + 24 + noteHeight > bottom) {
    doc.addPage();
    y = MARGIN;
  }
  line(doc, `${slip.lines.length} lines, ${totalQuantity} items, ${slip.parcelCount} ${slip.parcelCount === 1 ? 'parcel' : 'parcels'}`, MARGIN, y + 10, width, {
    font: 'Helvetica-Bold',
    size: 10,
    align: 'right',
  });
  if (note) doc.font('Helvetica').fontSize(BODY_SIZE).text(note, MARGIN, y + 30, { width });

  drawPageNumbers(doc, width);
  return finish();
}

function drawHeading(doc: Pdf, slip: PackingSlipDocument, width: number): number {
  const x = MARGIN;
  line(doc, slip.shopName, x, MARGIN, width * 0.6, { font: 'Helvetica-Bold', size: 20, minSize: 12 });
  line(doc, 'PACKING SLIP', x + width * 0.6, MARGIN + 4, width * 0.4, { font: 'Helvetica-Bold', size: 14, align: 'right' });

  let y = MARGIN + 40;
  const facts: Array<[string, string]> = [
    ['Order', slip.reference],
    ['Date', formatDate(slip.createdAt)],
    ['Parcels', String(slip.parcelCount)],
  ];
  const right = x + width / 2;
  facts.forEach(([label, value], i) => {
    line(doc, label, right, y + i * 15, 60, { size: 10 });
    line(doc, value, right + 60, y + i * 15, width / 2 - 60, { font: 'Helvetica-Bold', size: 10, minSize: 7 });
  });

  const address = addressLines(slip.shipTo);
  line(doc, 'Ship to', x, y, width / 2 - 10, { size: 8 });
  y += 12;
  for (const [text, font] of [
    [address.name, 'Helvetica-Bold'],
    ...address.rest.map((text) => [text, 'Helvetica'] as const),
    [address.locality, 'Helvetica'],
    [address.country, 'Helvetica'],
  ] as const) {
    line(doc, text, x, y, width / 2 - 10, { font, size: 10, minSize: 7 });
    y += 13;
  }
  return Math.max(y, MARGIN + 40 + 45) + 16;
}

function drawTableHeader(doc: Pdf, columns: Column[], y: number, width: number): number {
  let x = MARGIN;
  for (const column of columns) {
    line(doc, column.title, x + CELL_PADDING, y, column.width - 2 * CELL_PADDING, { font: 'Helvetica-Bold', size: BODY_SIZE, align: column.align });
    x += column.width;
  }
  rule(doc, MARGIN, y + 14, width, 1);
  return y + 16;
}

function cellText(column: Column, item: PackingSlipLine): string {
  return toWinAnsi(column.cell(item));
}

function rowHeight(doc: Pdf, columns: Column[], item: PackingSlipLine): number {
  doc.font('Helvetica').fontSize(BODY_SIZE);
  const lineHeight = doc.currentLineHeight(true);
  const tallest = Math.max(
    ...columns.map((column) => doc.heightOfString(cellText(column, item) || ' ', { width: column.width - 2 * CELL_PADDING })),
  );
  return Math.min(tallest, lineHeight * MAX_CELL_LINES) + 2 * CELL_PADDING;
}

function drawRow(doc: Pdf, columns: Column[], item: PackingSlipLine, y: number, height: number): void {
  let x = MARGIN;
  doc.font('Helvetica').fontSize(BODY_SIZE);
  for (const column of columns) {
    const text = cellText(column, item);
    if (text) {
      doc.text(text, x + CELL_PADDING, y + CELL_PADDING, {
        width: column.width - 2 * CELL_PADDING,
        height: height - 2 * CELL_PADDING,
        ellipsis: true,
        align: column.align ?? 'left',
      });
    }
    x += column.width;
  }
}

function drawPageNumbers(doc: Pdf, width: number): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    line(doc, `Page ${i - start + 1} of ${count}`, MARGIN, doc.page.height - MARGIN - 10, width, { size: 8, align: 'right' });
  }
}
