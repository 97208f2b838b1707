import { renderToStaticMarkup } from 'react-dom/server';
import { SelectField } from './select-field';

/** The attributes of the <select> in some markup, as a map. */
function selectAttributes(markup: string): Map<string, string> {
  const select = /<select([^>]*)>/.exec(markup)?.[1] ?? '';
  return new Map([...select.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value]));
}

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

  it('points the select at its error and marks it invalid', () => {
    const markup = renderToStaticMarkup(<SelectField id="country" label="Country" error="Choose a country" />);
    const select = selectAttributes(markup);
    expect(select.get('aria-invalid')).toBe('true');
    expect(select.get('aria-describedby')).toBe('country-error');
    expect(markup).toContain('class="ui-field ui-field--invalid"');
    expect(markup).toContain('<p id="country-error" class="ui-field__error">Choose a country</p>');
  });

  it('is described by its hint first, then its error, keeping a description passed in', () => {
    const markup = renderToStaticMarkup(<SelectField id="region" label="State" hint="Where the parcel goes" error="Choose a state" aria-describedby="region-note" />);
    expect(selectAttributes(markup).get('aria-describedby')).toBe('region-note region-hint region-error');
    expect(markup).toContain('<p id="region-hint" class="ui-field__hint">Where the parcel goes</p>');
  });

  it('claims no description and no invalid state when there is nothing to say', () => {
    const markup = renderToStaticMarkup(<SelectField id="role" label="Role" />);
    const select = selectAttributes(markup);
    expect(select.has('aria-describedby')).toBe(false);
    expect(select.has('aria-invalid')).toBe(false);
    expect(markup).not.toContain('<p');
  });
});
