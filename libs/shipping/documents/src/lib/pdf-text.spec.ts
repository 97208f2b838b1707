import { toWinAnsi } from './pdf-text';

describe('toWinAnsi', () => {
  it('keeps ASCII, Latin-1 letters and the WinAnsi extras such as € and typographic quotes', () => {
    expect(toWinAnsi('José Muñoz, Straße 5, Øre, 3º – “10 €”')).toBe('José Muñoz, Straße 5, Øre, 3º – “10 €”');
  });

  it('precomposes decomposed accents so they print as one letter', () => {
    expect(toWinAnsi('Jose\u0301')).toBe('José');
  });

  it('prints a letter whose accent WinAnsi lacks as its base letter', () => {
    expect(toWinAnsi('Łódź Győr')).toBe('?ódz Gyor');
  });

  it('replaces each character outside WinAnsi with one "?", emoji included', () => {
    expect(toWinAnsi('王小明 🎁 Ω')).toBe('??? ? ?');
  });

  it('turns tabs and line breaks into spaces', () => {
    expect(toWinAnsi('a\tb\nc')).toBe('a b c');
  });
});
