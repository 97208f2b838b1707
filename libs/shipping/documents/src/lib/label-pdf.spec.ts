import { decodeBarcodes } from '../testing/read-barcodes';
import { readPdf } from '../testing/read-pdf';
import { aLabel, customer } from '../testing/fixtures';
import { forbidNetwork } from '../testing/offline';
import { renderLabelPdf } from './label-pdf';

forbidNetwork();

describe('renderLabelPdf', () => {
  it('renders one 4×6 inch page per parcel', async () => {
    const label = aLabel({
      parcels: [1, 2, 3].map((index) => ({ trackingNumber: `SBX00000000${index}`, weightGrams: 1000, index, count: 3 })),
    });

    const pdf = await readPdf(await renderLabelPdf(label));

    expect(pdf.pages).toHaveLength(3);
    for (const page of pdf.pages) expect(page.size).toEqual([288, 432]);
  });

  it('prints sender, recipient, service, weight, parcel position, reference and tracking number on each page', async () => {
    const pdf = await readPdf(await renderLabelPdf(aLabel()));

    const [first, second] = pdf.pages.map((page) => page.texts);
    expect(first).toEqual(
      expect.arrayContaining([
        'SANDBOX POST',
        'Parcel 1 of 2',
        'Emporium Fulfilment',
        '50667 Köln DE',
        'José Muñoz',
        'Bäckerei Groß',
        '3º izquierda',
        '28014 Madrid Madrid ES',
        'Express 24h',
        '1.25 kg',
        'EMP-2024-0042',
        '2024-03-05',
        'SBX1234567890DE',
      ]),
    );
    expect(first).not.toContain('SBX1234567891DE');
    expect(second).toEqual(expect.arrayContaining(['Parcel 2 of 2', '0.48 kg', 'SBX1234567891DE', 'José Muñoz']));
    expect(second).not.toContain('SBX1234567890DE');
  });

  it('marks a return label RETURN and names the shop as the recipient', async () => {
    const label = aLabel();
    const pdf = await readPdf(await renderLabelPdf({ ...label, isReturn: true, shipFrom: label.shipTo, shipTo: label.shipFrom }));
    const [first] = pdf.pages.map((page) => page.texts);
    expect(first).toEqual(expect.arrayContaining(['SANDBOX POST · RETURN', 'RETURN TO', 'Emporium Fulfilment']));
    expect(first).not.toContain('SHIP TO');
    const outbound = (await readPdf(await renderLabelPdf(label))).pages[0]?.texts;
    expect(outbound).toEqual(expect.arrayContaining(['SANDBOX POST', 'SHIP TO']));
    expect(outbound).not.toContain('RETURN TO');
  });

  it('embeds a Code 128 barcode that decodes to the tracking number of its page', async () => {
    const pdf = await readPdf(await renderLabelPdf(aLabel()));

    for (const [i, trackingNumber] of ['SBX1234567890DE', 'SBX1234567891DE'].entries()) {
      const decoded = (await Promise.all(pdf.pages[i]!.images.map(decodeBarcodes))).flat();
      expect(decoded).toContainEqual({ format: 'Code128', text: trackingNumber });
    }
  });

  it('embeds a QR code of the tracking number, or of the tracking URL when one is given', async () => {
    const plain = await readPdf(await renderLabelPdf(aLabel()));
    const linked = await readPdf(
      await renderLabelPdf(aLabel({ trackingUrl: (number) => `https://track.example.com/p/${encodeURIComponent(number)}` })),
    );

    const qrOf = async (images: Parameters<typeof decodeBarcodes>[0][]) =>
      (await Promise.all(images.map(decodeBarcodes))).flat().filter((barcode) => barcode.format === 'QRCode');
    expect(await qrOf(plain.pages[0]!.images)).toEqual([{ format: 'QRCode', text: 'SBX1234567890DE' }]);
    expect(await qrOf(linked.pages[1]!.images)).toEqual([{ format: 'QRCode', text: 'https://track.example.com/p/SBX1234567891DE' }]);
  });

  it('keeps Latin-1 letters and prints characters the PDF font lacks as "?" instead of failing', async () => {
    const label = aLabel({ shipTo: { ...customer, name: 'Zoë Łukasiewicz 王小明 🎁', company: 'Straße Ñandú Ltd' } });

    const pdf = await readPdf(await renderLabelPdf(label));

    expect(pdf.pages[0]!.texts).toEqual(expect.arrayContaining(['Zoë ?ukasiewicz ??? ?', 'Straße Ñandú Ltd']));
  });

  it('shrinks and then cuts a name too long for the label instead of spilling onto another page', async () => {
    const label = aLabel({ shipTo: { ...customer, name: 'Maximiliane Theodora von und zu Hohenzollern-Sigmaringen-Wittelsbach' } });

    const pdf = await readPdf(await renderLabelPdf(label));

    expect(pdf.pages).toHaveLength(2);
    const name = pdf.pages[0]!.texts.find((text) => text.startsWith('Maximiliane'));
    expect(name).toMatch(/…$/);
  });

  it('renders the same bytes for the same input, dated by createdAt rather than the clock', async () => {
    const first = await renderLabelPdf(aLabel());
    const second = await renderLabelPdf(aLabel());

    expect(first.equals(second)).toBe(true);
    const { info } = await readPdf(first);
    expect(info['CreationDate']).toMatch(/^D:20240305/);
  });

  it('refuses a label without parcels and a tracking number Code 128 cannot hold', async () => {
    await expect(renderLabelPdf(aLabel({ parcels: [] }))).rejects.toThrow(RangeError);
    await expect(
      renderLabelPdf(aLabel({ parcels: [{ trackingNumber: 'SBX-Ü1', weightGrams: 100, index: 1, count: 1 }] })),
    ).rejects.toThrow(/not printable ASCII/);
  });
});
