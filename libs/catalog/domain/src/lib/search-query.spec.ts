import fc from 'fast-check';
import { autocompletePrefix, MAX_SEARCH_TERM_LENGTH, MAX_SEARCH_TERMS, parseSearchText } from './search-query';

const TERM = /^[\p{L}\p{N}]+$/u;

/** Any string at all: every code point, lone surrogates included, mixed with tsquery and SQL punctuation. */
const anyText = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x10ffff }).map((codePoint) => String.fromCodePoint(codePoint)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
      fc.constantFrom("'", '&', '|', '!', ':*', '\\', '(', ')', '<->', '"', ' OR 1=1 --', ' ', 'é', 'e\u0301', 'İ'),
      fc.string({ unit: 'grapheme', maxLength: 5 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('parseSearchText', () => {
  it('lower-cases and splits on anything that is not a letter or digit', () => {
    expect(parseSearchText('  Red T-Shirt, size XL ').terms).toEqual(['red', 't', 'shirt', 'size', 'xl']);
  });

  it('gives no terms for empty or punctuation-only input', () => {
    expect(parseSearchText('').terms).toEqual([]);
    expect(parseSearchText('  \t\n ').terms).toEqual([]);
    expect(parseSearchText("'&|!:*\\()<->\"").terms).toEqual([]);
  });

  it('turns tsquery and SQL syntax into plain words', () => {
    expect(parseSearchText("shoes' OR 1=1 --").terms).toEqual(['shoes', 'or', '1']);
    expect(parseSearchText('sho:* & !boot | (sandal <-> heel)').terms).toEqual(['sho', 'boot', 'sandal', 'heel']);
    expect(parseSearchText('a\\b').terms).toEqual(['a', 'b']);
  });

  it('keeps accents and other scripts, folding compatibility forms', () => {
    expect(parseSearchText('Café CRÈME').terms).toEqual(['café', 'crème']);
    expect(parseSearchText('Cafe\u0301').terms).toEqual(['café']);
    expect(parseSearchText('ＴＳＨＩＲＴ ﬁne').terms).toEqual(['tshirt', 'fine']);
    expect(parseSearchText('Ботинки 靴').terms).toEqual(['ботинки', '靴']);
  });

  it('keeps a word whole where a combining mark has no precomposed letter', () => {
    expect(parseSearchText('İstanbul').terms).toEqual(['istanbul']);
  });

  it('keeps at most ten distinct terms of at most 64 characters', () => {
    expect(parseSearchText('a b a c d e f g h i j k l').terms).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    expect(parseSearchText('x'.repeat(100)).terms).toEqual(['x'.repeat(64)]);
    expect(parseSearchText('😀'.repeat(3) + '靴'.repeat(70)).terms).toEqual(['靴'.repeat(64)]);
  });

  it('never throws and yields only short letter-and-digit terms, for any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { terms } = parseSearchText(text);
        expect(terms.length).toBeLessThanOrEqual(MAX_SEARCH_TERMS);
        expect(new Set(terms).size).toBe(terms.length);
        for (const term of terms) {
          expect(term).toMatch(TERM);
          expect(Array.from(term).length).toBeLessThanOrEqual(MAX_SEARCH_TERM_LENGTH);
          expect(term).toBe(term.toLowerCase());
        }
        expect(parseSearchText(terms.join(' ')).terms).toEqual(terms);
      }),
    );
  });
});

describe('autocompletePrefix', () => {
  it('is the word being typed', () => {
    expect(autocompletePrefix('red sne')).toBe('sne');
    expect(autocompletePrefix('Red SNE:*')).toBe('sne');
  });

  it('is null when nothing searchable was typed', () => {
    expect(autocompletePrefix('')).toBeNull();
    expect(autocompletePrefix(' !& ')).toBeNull();
  });

  it('is the last word even past the ten-term limit', () => {
    expect(autocompletePrefix('a b c d e f g h i j k lea')).toBe('lea');
  });

  it('never throws and is a single letter-and-digit term, for any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const prefix = autocompletePrefix(text);
        if (prefix !== null) expect(prefix).toMatch(TERM);
      }),
    );
  });
});
