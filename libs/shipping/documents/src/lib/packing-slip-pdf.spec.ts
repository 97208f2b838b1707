import { aPackingSlip, customer, slipLines } from '../testing/fixtures';
import { forbidNetwork } from '../testing/offline';
import { readPdf } from '../testing/read-pdf';
import { renderPackingSlipPdf } from './packing-slip-pdf';

forbidNetwork();

describe('renderPackingSlipPdf', () => {
  it('lists the shop, order, ship-to address, parcel count and every line with its SKU, title, options and quantity', async () => {
    const pdf = await readPdf(await renderPackingSlipPdf(aPackingSlip({ note: 'Returns are free within 30 days.' })));

    expect(pdf.pages).toHaveLength(1);
    const texts = pdf.pages[0]!.texts;
    expect(texts).toEqual(
      expect.arrayContaining(['Emporium', 'PACKING SLIP', 'EMP-2024-0042', '2024-03-05', 'José Muñoz', 'Calle de Alcalá 42', '28014 Madrid Madrid', 'ES']),
    );
    expect(texts).toEqual(expect.arrayContaining(['SKU-0001', 'SKU-0002', 'SKU-0003', 'Tea towel 2', 'Colour: Blue, Size: L', '3']));
    expect(texts.join(' ')).toContain('Hand-thrown stoneware mug');
    expect(texts).toContain('3 lines, 6 items, 2 parcels');
    expect(texts).toContain('Returns are free within 30 days.');
  });

  it('paginates 120 lines onto several pages, repeating the table header and listing each SKU exactly once', async () => {
    const lines = slipLines(120);

    const pdf = await readPdf(await renderPackingSlipPdf(aPackingSlip({ lines })));

    expect(pdf.pages.length).toBeGreaterThan(2);
    const all = pdf.pages.flatMap((page) => page.texts);
    for (const { sku } of lines) expect(all.filter((text) => text === sku)).toHaveLength(1);
    pdf.pages.forEach((page, i) => {
      expect(page.texts).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
      expect(page.size).toEqual([595.28, 841.89]);
    });
    for (const page of pdf.pages.slice(1)) expect(page.texts).toContain('Packing slip EMP-2024-0042 (continued)');
    const headed = pdf.pages.filter((page) => ['SKU', 'Item', 'Options', 'Qty'].every((title) => page.texts.includes(title)));
    expect(headed.length).toBeGreaterThanOrEqual(pdf.pages.length - 1);
    // SKUs appear in order across the pages.
    expect(all.filter((text) => /^SKU-\d{4}$/.test(text))).toEqual(lines.map((line) => line.sku));
  });

  it('cuts a title too long for four lines with an ellipsis instead of overrunning the page', async () => {
    const title = 'An extraordinarily long product title '.repeat(20);

    const pdf = await readPdf(await renderPackingSlipPdf(aPackingSlip({ lines: [{ sku: 'LONG-1', title, quantity: 1 }] })));

    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.texts.join(' ')).toContain('…');
  });

  it('prints on US Letter when asked', async () => {
    const pdf = await readPdf(await renderPackingSlipPdf(aPackingSlip({ paperSize: 'LETTER' })));

    expect(pdf.pages[0]!.size).toEqual([612, 792]);
  });

  it('prints characters the PDF font lacks as "?" and keeps é, ß and ñ', async () => {
    const slip = aPackingSlip({
      shipTo: { ...customer, name: 'Øyvind Straße-Peña 李' },
      lines: [{ sku: 'MUG-Ł', title: 'Crème brûlée set ☕', options: [{ name: 'Größe', value: 'groß' }], quantity: 2 }],
    });

    const pdf = await readPdf(await renderPackingSlipPdf(slip));

    expect(pdf.pages[0]!.texts).toEqual(expect.arrayContaining(['Øyvind Straße-Peña ?', 'MUG-?', 'Crème brûlée set ?', 'Größe: groß']));
  });

  it('renders the same bytes for the same input', async () => {
    const slip = aPackingSlip({ lines: slipLines(60) });

    expect((await renderPackingSlipPdf(slip)).equals(await renderPackingSlipPdf(slip))).toBe(true);
  });
});
