import { renderToStaticMarkup } from 'react-dom/server';
import { Button, buttonClassName } from './button';

describe('Button', () => {
  it('is a plain button unless told to submit', () => {
    expect(renderToStaticMarkup(<Button>Save</Button>)).toContain('type="button"');
    expect(renderToStaticMarkup(<Button type="submit">Save</Button>)).toContain('type="submit"');
  });

  it('ignores clicks and reports itself busy while loading', () => {
    const markup = renderToStaticMarkup(<Button loading>Save</Button>);
    expect(markup).toContain('disabled=""');
    expect(markup).toContain('aria-busy="true"');
    expect(markup).toContain('Save');
  });

  it('lends its look to other elements', () => {
    expect(buttonClassName({ variant: 'ghost', size: 'sm' }, 'extra')).toBe('ui-button ui-button--ghost ui-button--sm extra');
    expect(buttonClassName()).toBe('ui-button ui-button--primary ui-button--md');
  });
});
