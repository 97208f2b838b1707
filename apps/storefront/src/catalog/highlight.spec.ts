import fc from 'fast-check';
import { highlightMatches, highlightWords } from './highlight';

/** The segments written as text, with matches in [brackets]. */
const marked = (text: string, query: string) =>
  highlightMatches(text, query)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightMatches', () => {
  it('marks a searched word whatever its case', () => {
    expect(marked('Linen Summer Shirt', 'linen')).toBe('[Linen] Summer Shirt');
    expect(marked('Linen Duvet Cover', 'LINEN cover')).toBe('[Linen] Duvet [Cover]');
  });

  it('ignores accents on either side and keeps the original letters', () => {
    expect(marked('Café Crème Mug', 'cafe creme')).toBe('[Café] [Crème] Mug');
    expect(marked('Cafe Mug', 'café')).toBe('[Cafe] Mug');
    expect(marked('Cafe\u0301 Mug', 'cafe')).toBe('[Cafe\u0301] Mug');
  });

  it('marks the start of a longer word, as search stems and completes it', () => {
    expect(marked('Trail Running Shoes', 'shoe run')).toBe('Trail [Run]ning [Shoe]s');
  });

  it('does not mark a word found in the middle of another', () => {
    expect(marked('Classic White Tee', 'hit')).toBe('Classic White Tee');
    expect(marked('T-shirt', 'shirt')).toBe('T-[shirt]');
  });

  it('marks every occurrence and merges overlapping matches', () => {
    expect(marked('Tee, tee and teeth', 'tee')).toBe('[Tee], [tee] and [tee]th');
    expect(marked('Merino Crew Sweater', 'mer merino')).toBe('[Merino] Crew Sweater');
  });

  it('treats regular-expression and query syntax as plain text', () => {
    expect(marked('C++ (Pro) Socks', 'c++ (pro) :* \\ socks')).toBe('C++ ([Pro]) [Socks]');
  });

  it('marks nothing for an empty query or one-letter words', () => {
    expect(highlightMatches('Classic Tee', '')).toEqual([{ text: 'Classic Tee', match: false }]);
    expect(marked('Classic Tee', 't c')).toBe('Classic Tee');
    expect(highlightMatches('', 'tee')).toEqual([]);
  });

  it('maps folded positions back through characters that change length', () => {
    expect(marked('ﬁne İstanbul rug', 'fine istanbul')).toBe('[ﬁne] [İstanbul] rug');
  });

  it('always gives back the text it was given', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (text, query) => {
        expect(highlightMatches(text, query).map((segment) => segment.text).join('')).toBe(text);
      }),
    );
  });
});

describe('highlightWords', () => {
  it('folds and de-duplicates the words', () => {
    expect(highlightWords('Café  cafe, T-shirt')).toEqual(['cafe', 'shirt']);
  });
});
