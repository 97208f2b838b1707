import type bwipjs from 'bwip-js/node';
import { flattenToGreyPng } from './png-flatten';

/** bwip-js is loaded with the first barcode, not when the API starts. */
const barcodeWriter = async () => (await import('bwip-js/node')).default;

/**
 * Code 128 of `text` as a PNG: white background, flattened to greyscale without alpha (see `flattenToGreyPng`), no human-readable line
 * (the label prints the number itself), and quiet zones of 10 modules on both sides, which scanners need.
 */
export async function code128Png(text: string): Promise<Buffer> {
  const png = await (await barcodeWriter()).toBuffer({
    bcid: 'code128',
    text,
    scale: 3,
    height: 18,
    includetext: false,
    paddingwidth: 10,
    paddingheight: 2,
    backgroundcolor: 'FFFFFF',
  });
  return flattenToGreyPng(png);
}

/** QR code of `text` (a tracking number or URL), error correction M, with the 4-module quiet zone the spec asks for. */
export async function qrPng(text: string): Promise<Buffer> {
  // `eclevel` is a QR option bwip-js's typings do not list; passing a typed variable avoids the excess-property check.
  const options: bwipjs.RenderOptions & { eclevel: 'L' | 'M' | 'Q' | 'H' } = {
    bcid: 'qrcode',
    text,
    scale: 4,
    eclevel: 'M',
    padding: 4,
    backgroundcolor: 'FFFFFF',
  };
  return flattenToGreyPng(await (await barcodeWriter()).toBuffer(options));
}
