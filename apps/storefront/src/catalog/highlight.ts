/** A run of text that either matched a searched word or did not. */
export interface TextSegment {
  readonly text: string;
  readonly match: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SEPARATORS = /[^\p{L}\p{N}]+/u;
const MARKS = /\p{M}/gu;
const MARK = /\p{M}/u;

/** Lower case without accents: "Café" → "cafe". Compatibility forms fold too ("ﬁ" → "fi"). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/**
 * The text folded, with where each folded UTF-16 unit came from in the original. Folding one character can give
 * several units ("ﬁ" → "fi") or change the length ("İ" → "i"), so positions are mapped, not assumed equal.
 */
function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = fold(char);
    for (let unit = 0; unit < piece.length; unit++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    folded += piece;
    offset += char.length;
  }
  return { folded, starts, ends };
}

/** Moves an end offset past combining accents, so a decomposed "e\u0301" is marked whole. */
function withTrailingMarks(text: string, end: number): number {
  let to = end;
  while (to < text.length && MARK.test(text.charAt(to))) to++;
  return to;
}

/** The searched words worth marking: folded, distinct, at least two characters ("t" of "t-shirt" would mark every t-word). */
export function highlightWords(query: string): string[] {
  return [...new Set(fold(query).split(SEPARATORS))].filter((word) => word.length >= 2);
}

/**
 * Splits `text` into runs, marking where a searched word begins a word of the text — case and accents ignored,
 * so "cafe" marks "Café" and "sho" marks the start of "Shoes", but "irt" marks nothing in "Shirt". The runs joined
 * give back `text` exactly; render them as text (React escapes it), never as HTML.
 */
export function highlightMatches(text: string, query: string): TextSegment[] {
  const words = highlightWords(query);
  if (words.length === 0 || text.length === 0) return text.length === 0 ? [] : [{ text, match: false }];

  const { folded, starts, ends } = foldWithMap(text);
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
      const startsWord = at === 0 || !WORD_CHAR.test(folded.charAt(at - 1));
      const from = starts[at];
      const end = ends[at + word.length - 1];
      if (startsWord && from !== undefined && end !== undefined) ranges.push([from, withTrailingMarks(text, end)]);
    }
  }
  if (ranges.length === 0) return [{ text, match: false }];

  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }

  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [from, to] of merged) {
    if (from > cursor) segments.push({ text: text.slice(cursor, from), match: false });
    segments.push({ text: text.slice(from, to), match: true });
    cursor = to;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false });
  return segments;
}
