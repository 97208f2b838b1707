import { z } from 'zod';
import { canonicalJson, parseJsonBody, validateBody } from './json-http';

describe('canonicalJson', () => {
  it('writes the same text for bodies that differ only in key order or undefined keys', () => {
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: 'x', z: undefined })).toBe('{"a":"x","b":[{"c":2,"d":1}]}');
    expect(canonicalJson({ a: 'x', b: [{ c: 2, d: 1 }] })).toBe(canonicalJson({ b: [{ d: 1, c: 2 }], a: 'x' }));
  });
});

describe('parseJsonBody and validateBody', () => {
  it('reads an empty body as undefined and hands bad JSON and bad fields to the stand-in’s own error', () => {
    const invalid = () => new Error('not json');
    expect(parseJsonBody('  ', invalid)).toBeUndefined();
    expect(parseJsonBody('{"a":1}', invalid)).toEqual({ a: 1 });
    expect(() => parseJsonBody('{', invalid)).toThrow('not json');
    const schema = z.object({ shipTo: z.object({ postalCode: z.string() }) });
    expect(() => validateBody(schema, { shipTo: {} }, (fields) => new Error(Object.keys(fields).join()))).toThrow('shipTo.postalCode');
  });
});
