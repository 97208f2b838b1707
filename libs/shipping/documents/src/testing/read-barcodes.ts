import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { type PdfImage } from './read-pdf';

const require = createRequire(import.meta.url);
let ready: Promise<unknown> | undefined;

/**
 * zxing-wasm would fetch its .wasm from a CDN by default; this hands it the binary from node_modules instead,
 * so decoding works offline (the specs also replace `fetch` with one that throws, to prove it).
 */
function loadZxing(): Promise<unknown> {
  if (!ready) {
    const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    ready = prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer },
      fireImmediately: true,
    });
  }
  return ready;
}

export interface DecodedBarcode {
  format: string;
  text: string;
}

/** Every barcode zxing-cpp finds in an RGBA image. */
export async function decodeBarcodes(image: PdfImage): Promise<DecodedBarcode[]> {
  await loadZxing();
  const results = await readBarcodes(
    // zxing-wasm duck-types ImageData (a DOM type Node lacks), as its README says.
    { data: image.data, width: image.width, height: image.height, colorSpace: 'srgb' } as unknown as Parameters<typeof readBarcodes>[0],
    { formats: ['Code128', 'QRCode'], tryHarder: true, maxNumberOfSymbols: 4 },
  );
  return results.filter((result) => result.isValid).map((result) => ({ format: result.format, text: result.text }));
}
