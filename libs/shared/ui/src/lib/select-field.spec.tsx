import { renderToStaticMarkup } from 'react-dom/server';
import { SelectField } from './select-field';

describe('SelectField', () => {
  it('labels its select with a real <label>', () => {
    const markup = renderToStaticMarkup(
      <SelectField id="sort" label="Sort by" defaultValue="newest">
        <option value="newest">Newest</option>
      </SelectField>,
    );
    expect(markup).toContain('<label for="sort" class="ui-field__label">Sort by</label>');
    expect(markup).toContain('<select id="sort" class="ui-field__input ui-select__control">');
  });

  it('can sit beside its label', () => {
    expect(renderToStaticMarkup(<SelectField label="Sort by" inline />)).toContain('class="ui-field ui-field--inline"');
  });
});
