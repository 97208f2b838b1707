import { crc32, deflateSync, inflateSync } from 'node:zlib';

/**
 * bwip-js always writes 8-bit RGBA PNGs. pdfkit splits an alpha channel off asynchronously (zlib on the thread pool),
 * so with two or more such images the PDF's object order depends on which inflate finishes first, and the same label
 * renders to different bytes. A barcode is black on white and needs no alpha: this composites the image over white and
 * re-encodes it as an 8-bit greyscale PNG, which pdfkit embeds synchronously and byte-for-byte.
 */
export function flattenToGreyPng(png: Buffer): Buffer {
  const { width, height, bitDepth, colourType, idat } = readPng(png);
  if (bitDepth !== 8 || colourType !== 6) throw new Error(`Expected an 8-bit RGBA PNG, got depth ${bitDepth} colour type ${colourType}.`);
  const rgba = unfilter(inflateSync(idat), width, height, 4);
  const grey = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    grey[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      const [r = 0, g = 0, b = 0, a = 0] = rgba.subarray(p, p + 4);
      const luma = (r * 299 + g * 587 + b * 114) / 1000;
      grey[y * (width + 1) + 1 + x] = Math.round((luma * a + 255 * (255 - a)) / 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // depth 8, greyscale, deflate, adaptive filtering, no interlace
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(grey, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function readPng(png: Buffer): { width: number; height: number; bitDepth: number; colourType: number; idat: Buffer } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('Not a PNG.');
  let offset = 8;
  let header: Buffer | undefined;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  if (!header) throw new Error('PNG without IHDR.');
  if (header[12] !== 0) throw new Error('Interlaced PNGs are not supported.');
  return { width: header.readUInt32BE(0), height: header.readUInt32BE(4), bitDepth: header[8]!, colourType: header[9]!, idat: Buffer.concat(idat) };
}

/** Reverses PNG's per-row filters (none, sub, up, average, Paeth). */
function unfilter(data: Buffer, width: number, height: number, bytesPerPixel: number): Buffer {
  const stride = width * bytesPerPixel;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= bytesPerPixel ? out[y * stride + x - bytesPerPixel]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? out[(y - 1) * stride + x - bytesPerPixel]! : 0;
      const predictor =
        filter === 0 ? 0 : filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : NaN;
      if (Number.isNaN(predictor)) throw new Error(`Unknown PNG filter ${filter}.`);
      out[y * stride + x] = (row[x]! + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}
