/**
 * pdfkit's built-in fonts (Helvetica) encode text as WinAnsi, one byte per character. A character outside it is not
 * rejected by pdfkit: it writes the code point as hex anyway and the PDF shows unrelated glyphs. So every string is
 * passed through `toWinAnsi` before it reaches the page.
 */

/** The characters WinAnsi places in 0x80–0x9F; the rest of it is Latin-1 (0x20–0x7E, 0xA0–0xFF). */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const COMBINING_MARK = /^\p{M}+$/u;

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char);
}

/**
 * Makes `text` printable in a standard PDF font: precomposes it (NFC), keeps what WinAnsi has, prints a letter with
 * an accent WinAnsi lacks as its base letter (`ő` → `o`, `ź` → `z`), turns tabs and line breaks into spaces, and
 * replaces anything else (`Ł`, CJK, emoji) with `?` — one `?` per character, never a crash.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (isWinAnsi(char)) {
      out += char;
      continue;
    }
    if (/\s/u.test(char)) {
      out += ' ';
      continue;
    }
    const [base = '', ...marks] = char.normalize('NFD');
    out += isWinAnsi(base) && marks.length > 0 && COMBINING_MARK.test(marks.join('')) ? base : '?';
  }
  return out;
}
