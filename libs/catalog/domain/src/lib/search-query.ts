/** What a shopper typed, reduced to words the database can match: lower case letters and digits only. */
export interface SearchText {
  readonly terms: readonly string[];
}

export const MAX_SEARCH_TERMS = 10;
/** In code points, so a word is never cut through the middle of a character. */
export const MAX_SEARCH_TERM_LENGTH = 64;

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/**
 * Compatibility-normalised (NFKC: full-width "ＴＳＨＩＲＴ" → "tshirt", "ﬁ" → "fi"), lower-cased, and with combining
 * marks that NFKC could not fold into a letter dropped, so a word stays one word. Accented letters are kept ("é"
 * is one letter after NFKC); the database removes accents on both sides.
 */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFKC').replace(MARKS, '');
}

function truncate(term: string): string {
  const codePoints = Array.from(term);
  return codePoints.length <= MAX_SEARCH_TERM_LENGTH ? term : codePoints.slice(0, MAX_SEARCH_TERM_LENGTH).join('');
}

function* words(text: string): Generator<string> {
  for (const match of normalise(text).matchAll(WORD)) yield truncate(match[0]);
}

/**
 * Splits search text into terms on everything that is not a letter or a digit, so quotes, `&`, `|`, `!`, `:*`,
 * `<->`, brackets, backslashes and SQL fragments never reach tsquery syntax: `' OR 1=1 --` is the words "or", "1",
 * "1". Repeated words count once; at most the first ten distinct words are kept. Never throws.
 */
export function parseSearchText(text: string): SearchText {
  const terms: string[] = [];
  for (const term of words(text)) {
    if (terms.length === MAX_SEARCH_TERMS) break;
    if (!terms.includes(term)) terms.push(term);
  }
  return { terms };
}

/**
 * The word being typed, for prefix matching in autocomplete ("red sne" → "sne"), or null when there is none.
 * This is the last word even past the ten-term limit of `parseSearchText`, because it is the one the shopper is
 * still typing.
 */
export function autocompletePrefix(text: string): string | null {
  let last: string | null = null;
  for (const word of words(text)) last = word;
  return last;
}
