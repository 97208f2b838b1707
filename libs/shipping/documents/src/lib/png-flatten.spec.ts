import bwipjs from 'bwip-js/node';
import { inflateSync } from 'node:zlib';
import { flattenToGreyPng } from './png-flatten';

describe('flattenToGreyPng', () => {
  it('turns bwip-js RGBA output into an 8-bit greyscale PNG of the same size with the same black and white pixels', async () => {
    const rgba = await bwipjs.toBuffer({ bcid: 'code128', text: 'ABC-123', scale: 2, height: 5, backgroundcolor: 'FFFFFF' });

    const grey = flattenToGreyPng(rgba);

    expect(grey.readUInt32BE(16)).toBe(rgba.readUInt32BE(16));
    expect(grey.readUInt32BE(20)).toBe(rgba.readUInt32BE(20));
    expect([grey[24], grey[25]]).toEqual([8, 0]);
    const width = grey.readUInt32BE(16);
    const idat = grey.subarray(41, 41 + grey.readUInt32BE(33));
    const firstRow = [...inflateSync(idat).subarray(1, 1 + width)];
    expect(new Set(firstRow)).toEqual(new Set([0, 255]));
  });

  it('refuses what is not a PNG', () => {
    expect(() => flattenToGreyPng(Buffer.from('GIF89a'))).toThrow('Not a PNG.');
  });
});
