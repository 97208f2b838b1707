import { describe, expect, it } from 'vitest';
import { fileBlob } from './pdf-file';

describe('fileBlob', () => {
  it('decodes the API’s base64 into the file’s bytes with its content type', async () => {
    const blob = fileBlob({ contentType: 'application/pdf', base64: btoa('%PDF-1.7\n\u00ff') });
    expect(blob.type).toBe('application/pdf');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(Array.from(bytes.slice(0, 5))).toEqual([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(bytes[bytes.length - 1]).toBe(0xff);
    expect(bytes).toHaveLength(10);
  });
});
