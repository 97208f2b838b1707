import { renderToStaticMarkup } from 'react-dom/server';
import { Badge } from './badge';

describe('Badge', () => {
  it('is neutral unless given a tone', () => {
    expect(renderToStaticMarkup(<Badge>New</Badge>)).toBe('<span class="ui-badge ui-badge--neutral">New</span>');
    expect(renderToStaticMarkup(<Badge tone="danger">Sold out</Badge>)).toContain('ui-badge--danger');
  });
});
