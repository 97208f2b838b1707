import { renderToStaticMarkup } from 'react-dom/server';
import { Checkbox, Radio } from './choice';

describe('Checkbox and Radio', () => {
  it('wrap the input in its label, so the text names it and clicking the text toggles it', () => {
    const markup = renderToStaticMarkup(<Checkbox label="Northfield" hint="5" name="brand" value="northfield" />);
    expect(markup).toMatch(/^<label class="ui-choice"><input[^>]*type="checkbox"/);
    expect(markup).toContain('<span class="ui-choice__label">Northfield</span>');
    expect(markup).toContain('<span class="ui-choice__hint">5</span>');
  });

  it('is a radio button when asked, and looks disabled when disabled', () => {
    const markup = renderToStaticMarkup(<Radio label="Any price" name="price" disabled />);
    expect(markup).toContain('type="radio"');
    expect(markup).toContain('class="ui-choice ui-choice--disabled"');
    expect(markup).not.toContain('ui-choice__hint');
  });
});
