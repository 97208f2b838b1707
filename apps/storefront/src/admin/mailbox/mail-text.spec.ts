import { linkify, mailDocument } from './mail-text';

describe('linkify', () => {
  it('finds the links in a text part, leaving sentence punctuation outside', () => {
    expect(linkify('Reset it here: http://shop.test/account/reset-password#token=abc123.\nThanks')).toEqual([
      { kind: 'text', text: 'Reset it here: ' },
      { kind: 'link', href: 'http://shop.test/account/reset-password#token=abc123', text: 'http://shop.test/account/reset-password#token=abc123' },
      { kind: 'text', text: '.\nThanks' },
    ]);
  });

  it('keeps text without links as one run, and ignores other schemes', () => {
    expect(linkify('mailto:someone@example.com and ftp://x')).toEqual([{ kind: 'text', text: 'mailto:someone@example.com and ftp://x' }]);
    expect(linkify('')).toEqual([]);
  });

  it('finds several links', () => {
    expect(linkify('https://a.test https://b.test').filter((part) => part.kind === 'link')).toHaveLength(2);
  });
});

describe('mailDocument', () => {
  it('wraps the HTML in a document that may fetch nothing and opens links outside the frame', () => {
    const doc = mailDocument('<p>Hello</p>');
    expect(doc).toContain("default-src 'none'");
    expect(doc).toContain('<base target="_blank">');
    expect(doc.indexOf('Content-Security-Policy')).toBeLessThan(doc.indexOf('<p>Hello</p>'));
  });
});
