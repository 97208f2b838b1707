import { renderToStaticMarkup } from 'react-dom/server';
import { Price } from './price';

const text = (markup: string) => markup.replace(/<[^>]+>/g, '');

describe('Price', () => {
  it('shows the formatted amount', () => {
    expect(text(renderToStaticMarkup(<Price amount={1999} currency="USD" />))).toBe('$19.99');
  });

  it('strikes through a higher compare-at price and says which price is which', () => {
    const markup = renderToStaticMarkup(<Price amount={1999} currency="USD" compareAt={2999} />);
    expect(markup).toContain('<s class="ui-price__compare">');
    expect(text(markup)).toBe('Now $19.99, was $29.99');
  });

  it('ignores a compare-at price that is not higher', () => {
    expect(text(renderToStaticMarkup(<Price amount={1999} currency="USD" compareAt={1999} />))).toBe('$19.99');
  });
});
