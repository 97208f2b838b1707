import { code128Png, qrPng } from './barcodes';
import { type LabelDocument, type LabelParcel, type PartyAddress } from './document-types';
import { addressLines, formatDate, formatWeight } from './format';
import { line, openPdf, rule, type Pdf } from './pdf-canvas';

/** 4×6 inch, the thermal label size carriers and label printers use. */
export const LABEL_SIZE: [number, number] = [288, 432];

const MARGIN = 12;
const WIDTH = LABEL_SIZE[0] - 2 * MARGIN;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * Renders a shipping label: one 4×6 inch page per parcel with the sender, the recipient, service, weight,
 * "Parcel n of m", the order reference, and the tracking number as text, as a Code 128 barcode and as a QR code.
 * Pure apart from the CPU: no file, no network; the same input gives the same bytes.
 */
export async function renderLabelPdf(label: LabelDocument): Promise<Buffer> {
  if (label.parcels.length === 0) throw new RangeError('A label needs at least one parcel.');
  for (const parcel of label.parcels) {
    // Code 128 encodes ASCII only; a carrier never issues anything else, so anything else is a bug upstream.
    if (!PRINTABLE_ASCII.test(parcel.trackingNumber)) {
      throw new RangeError(`Tracking number ${JSON.stringify(parcel.trackingNumber)} is not printable ASCII.`);
    }
  }
  const barcodes = await Promise.all(
    label.parcels.map(async (parcel) => ({
      code128: await code128Png(parcel.trackingNumber),
      qr: await qrPng(label.trackingUrl ? label.trackingUrl(parcel.trackingNumber) : parcel.trackingNumber),
    })),
  );

  const { doc, finish } = await openPdf({
    size: LABEL_SIZE,
    margin: MARGIN,
    autoFirstPage: false,
    info: {
      Title: `${label.carrier} label ${label.reference}`,
      Creator: 'Emporium',
      Producer: 'Emporium shipping documents',
      CreationDate: label.createdAt,
      ModDate: label.createdAt,
    },
  });
  label.parcels.forEach((parcel, i) => {
    doc.addPage({ size: LABEL_SIZE, margin: MARGIN });
    drawLabelPage(doc, label, parcel, barcodes[i]!);
  });
  return finish();
}

function drawLabelPage(doc: Pdf, label: LabelDocument, parcel: LabelParcel, barcodes: { code128: Buffer; qr: Buffer }): void {
  const x = MARGIN;

  const heading = label.isReturn ? `${label.carrier.toUpperCase()} · RETURN` : label.carrier.toUpperCase();
  line(doc, heading, x, 12, 170, { font: 'Helvetica-Bold', size: 16, minSize: 10 });
  line(doc, `Parcel ${parcel.index} of ${parcel.count}`, x + 170, 14, WIDTH - 170, { font: 'Helvetica-Bold', size: 12, minSize: 8, align: 'right' });
  rule(doc, x, 34, WIDTH, 1.5);

  caption(doc, 'FROM', x, 39);
  let y = addressBlock(doc, label.shipFrom, x, 48, { name: 8, body: 8, locality: 8, leading: 9.5 });

  y = Math.max(y, 100) + 4;
  rule(doc, x, y, WIDTH, 1.5);
  caption(doc, label.isReturn ? 'RETURN TO' : 'SHIP TO', x, y + 5);
  y = addressBlock(doc, label.shipTo, x, y + 15, { name: 16, body: 12, locality: 14, leading: 17 });

  y = Math.max(y, 214) + 4;
  rule(doc, x, y, WIDTH, 1.5);
  const half = WIDTH / 2;
  caption(doc, 'SERVICE', x, y + 5);
  line(doc, label.service, x, y + 13, half - 6, { font: 'Helvetica-Bold', size: 11, minSize: 7 });
  caption(doc, 'WEIGHT', x + half, y + 5);
  line(doc, formatWeight(parcel.weightGrams), x + half, y + 13, half, { font: 'Helvetica-Bold', size: 11 });
  caption(doc, 'REFERENCE', x, y + 29);
  line(doc, label.reference, x, y + 37, half - 6, { font: 'Helvetica-Bold', size: 10, minSize: 7 });
  caption(doc, 'SHIPPED', x + half, y + 29);
  line(doc, formatDate(label.createdAt), x + half, y + 37, half, { size: 10 });

  y += 54;
  rule(doc, x, y, WIDTH, 1.5);
  doc.image(barcodes.code128, x, y + 6, { fit: [WIDTH, 60], align: 'center', valign: 'center' });
  line(doc, parcel.trackingNumber, x, y + 70, WIDTH, { font: 'Helvetica-Bold', size: 13, minSize: 8, align: 'center' });

  const qrSize = 416 - (y + 88);
  doc.image(barcodes.qr, x, y + 88, { fit: [qrSize, qrSize] });
  caption(doc, 'TRACKING', x + qrSize + 8, y + 92);
  line(doc, parcel.trackingNumber, x + qrSize + 8, y + 100, WIDTH - qrSize - 8, { size: 9, minSize: 6 });
  line(doc, `Scan to track parcel ${parcel.index}/${parcel.count}`, x + qrSize + 8, y + 114, WIDTH - qrSize - 8, { size: 7, minSize: 5 });
}

function caption(doc: Pdf, text: string, x: number, y: number): void {
  line(doc, text, x, y, 120, { size: 6 });
}

/** Draws an address top-down from y and returns the y below it. */
function addressBlock(
  doc: Pdf,
  address: PartyAddress,
  x: number,
  y: number,
  sizes: { name: number; body: number; locality: number; leading: number },
): number {
  const { name, rest, locality, country } = addressLines(address);
  line(doc, name, x, y, WIDTH, { font: 'Helvetica-Bold', size: sizes.name, minSize: sizes.name * 0.6 });
  y += sizes.leading;
  for (const text of rest) {
    line(doc, text, x, y, WIDTH, { size: sizes.body, minSize: sizes.body * 0.6 });
    y += sizes.body * 1.2;
  }
  line(doc, `${locality}  ${country}`, x, y, WIDTH, { font: 'Helvetica-Bold', size: sizes.locality, minSize: sizes.locality * 0.6 });
  return y + sizes.locality * 1.2;
}
