import { renderToStaticMarkup } from 'react-dom/server';
import { TextField } from './text-field';

/** The attributes of the <input> in some markup, as a map. */
function inputAttributes(markup: string): Map<string, string> {
  const input = /<input([^>]*)>/.exec(markup)?.[1] ?? '';
  return new Map([...input.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value]));
}

describe('TextField', () => {
  it('labels its input with a real <label>', () => {
    const markup = renderToStaticMarkup(<TextField id="email" label="Email" />);
    expect(markup).toContain('<label for="email"');
    expect(inputAttributes(markup).get('id')).toBe('email');
  });

  it('points the input at its error and marks it invalid', () => {
    const markup = renderToStaticMarkup(<TextField id="email" label="Email" error="Enter an email address" />);
    const input = inputAttributes(markup);
    expect(input.get('aria-invalid')).toBe('true');
    expect(input.get('aria-describedby')).toBe('email-error');
    expect(markup).toContain('<p id="email-error" class="ui-field__error">Enter an email address</p>');
  });

  it('is described by its hint first, then its error, keeping a description passed in', () => {
    const markup = renderToStaticMarkup(
      <TextField id="qty" label="Quantity" hint="Up to 10" error="Too many" aria-describedby="stock-note" />,
    );
    expect(inputAttributes(markup).get('aria-describedby')).toBe('stock-note qty-hint qty-error');
  });

  it('claims no description and no invalid state when there is nothing to say', () => {
    const input = inputAttributes(renderToStaticMarkup(<TextField id="name" label="Name" />));
    expect(input.has('aria-describedby')).toBe(false);
    expect(input.has('aria-invalid')).toBe(false);
  });
});
