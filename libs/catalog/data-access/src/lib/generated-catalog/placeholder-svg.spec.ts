import { MAX_PLACEHOLDER_LABEL_LENGTH, PLACEHOLDER_KINDS, placeholderSvg, placeholderUrl } from './placeholder-svg';

describe('placeholderSvg', () => {
  it('draws a small square SVG with the label as text', () => {
    const svg = placeholderSvg('top', 210, 'Relaxed Linen Shirt');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('>Relaxed Linen Shirt</text>');
    expect(svg).toContain('hsl(210 ');
    expect(svg.length).toBeLessThan(2000);
  });

  it('draws a different silhouette for every kind', () => {
    const drawings = PLACEHOLDER_KINDS.map((kind) => placeholderSvg(kind, 0, ''));
    expect(new Set(drawings).size).toBe(PLACEHOLDER_KINDS.length);
  });

  it('escapes the label, so markup in a URL stays text', () => {
    const svg = placeholderSvg('bag', 10, '<script>alert("x")</script> & "Tote" \'s');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;Tote&#34; &#39;s');
  });

  it('drops control characters and cuts long labels', () => {
    const svg = placeholderSvg('top', 10, `A\u0000B\u0007C ${'x'.repeat(200)}`);
    // eslint-disable-next-line no-control-regex
    expect(svg).not.toMatch(/[\u0000-\u0008]/);
    const label = svg.match(/<text[^>]*>([^<]*)<\/text>/)?.[1] ?? '';
    expect([...label]).toHaveLength(MAX_PLACEHOLDER_LABEL_LENGTH);
    expect(label.endsWith('…')).toBe(true);
  });

  it('falls back to a plain shape for an unknown kind and wraps hues', () => {
    expect(placeholderSvg('no-such-kind', 10, 'x')).toContain('<path d="M300 170 A130');
    expect(placeholderSvg('top', 370, 'x')).toBe(placeholderSvg('top', 10, 'x'));
    expect(placeholderSvg('top', -20, 'x')).toBe(placeholderSvg('top', 340, 'x'));
    expect(placeholderSvg('top', Number.NaN, 'x')).toBe(placeholderSvg('top', 0, 'x'));
  });
});

describe('placeholderUrl', () => {
  it('names the kind, the hue and the URL-encoded label', () => {
    expect(placeholderUrl('footwear', 400, 'Café & Co. Boots')).toBe('/media/placeholder/footwear/40.svg?label=Caf%C3%A9%20%26%20Co.%20Boots');
  });
});
