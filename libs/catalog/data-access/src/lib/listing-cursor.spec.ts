import fc from 'fast-check';
import { decodeListingCursor, encodeListingCursor } from './listing-cursor';

describe('listing cursor', () => {
  it('round-trips any title, including non-ASCII', () => {
    fc.assert(
      fc.property(fc.string(), fc.uuid(), (title, id) => {
        expect(decodeListingCursor(encodeListingCursor({ title, id }))).toEqual({ title, id });
      }),
    );
  });

  it('refuses tampered or foreign values', () => {
    expect(decodeListingCursor('not a cursor')).toBeNull();
    expect(decodeListingCursor(Buffer.from('{"title":1}').toString('base64url'))).toBeNull();
    expect(decodeListingCursor(encodeListingCursor({ title: 'x', id: 'not-a-uuid' }))).toBeNull();
    expect(decodeListingCursor('')).toBeNull();
  });
});
