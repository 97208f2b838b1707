import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, ImageKind, OPS, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
/** pdfjs reads the standard fonts' metrics from its own package directory; nothing is fetched. */
const standardFontDataUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts/');

export interface PdfImage {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, as `ImageData` holds it. */
  data: Uint8ClampedArray;
}

export interface PdfPage {
  /** Width and height in points. */
  size: [number, number];
  /** Each text run pdfjs extracted, in drawing order. */
  texts: string[];
  /** The raster images the page paints, decoded from the PDF's own image streams. */
  images: PdfImage[];
}

export interface ParsedPdf {
  pages: PdfPage[];
  info: Record<string, unknown>;
}

/** Opens a PDF with pdfjs (legacy build, for Node) and returns every page's size, text runs and images. */
export async function readPdf(bytes: Buffer): Promise<ParsedPdf> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    verbosity: VerbosityLevel.ERRORS,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
  });
  const pdf = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const texts = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [item.str] : []));
      const operators = await page.getOperatorList();
      const names = operators.fnArray.flatMap((fn, i) => (fn === OPS.paintImageXObject ? [(operators.argsArray[i] as [string])[0]] : []));
      // The worker decodes images asynchronously; the callback form of `objs.get` waits until it has.
      const images = await Promise.all(
        names.map((name) => new Promise<PdfImage>((resolve) => page.objs.get(name, (image: PdfjsImage) => resolve(toRgba(image))))),
      );
      pages.push({ size: [x1 - x0, y1 - y0], texts, images });
    }
    const { info } = await pdf.getMetadata();
    return { pages, info: info as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}

interface PdfjsImage {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

function toRgba(image: PdfjsImage): PdfImage {
  const { width, height, kind, data } = image;
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    if (kind === ImageKind.RGBA_32BPP) {
      rgba.set(data.subarray(p * 4, p * 4 + 4), p * 4);
    } else if (kind === ImageKind.RGB_24BPP) {
      rgba.set(data.subarray(p * 3, p * 3 + 3), p * 4);
      rgba[p * 4 + 3] = 255;
    } else if (kind === ImageKind.GRAYSCALE_1BPP) {
      // Rows are padded to whole bytes; a set bit is white.
      const row = Math.floor(p / width);
      const col = p % width;
      const byte = data[row * Math.ceil(width / 8) + (col >> 3)] ?? 0;
      const value = byte & (0x80 >> (col & 7)) ? 255 : 0;
      rgba.set([value, value, value, 255], p * 4);
    } else {
      throw new Error(`Unexpected pdfjs image kind ${kind}`);
    }
  }
  return { width, height, data: rgba };
}
