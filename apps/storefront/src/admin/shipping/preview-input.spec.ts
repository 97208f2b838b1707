import { checkPreview, previewField } from './preview-input';

const draft = { country: 'ca', region: '', postalCode: ' K1A 0B1 ', currency: 'USD', subtotal: '42.50', weightGrams: '1500' };

describe('the rate preview’s input', () => {
  it('sends the subtotal in minor units and leaves blank parts of the address out', () => {
    expect(checkPreview(draft)).toEqual({ ok: true, input: { destination: { country: 'CA', postalCode: 'K1A 0B1' }, currency: 'USD', subtotal: 4250, weightGrams: 1500 } });
  });

  it('waits for a country, a subtotal and a weight', () => {
    expect(checkPreview({ ...draft, country: '', subtotal: 'abc', weightGrams: '0' })).toEqual({
      ok: false,
      problems: { country: 'Choose a country', subtotal: 'Enter an amount like 12.50', weightGrams: 'Enter whole grams above 0' },
    });
  });

  it('maps the server’s paths to the preview’s fields', () => {
    expect(previewField('destination.postalCode')).toBe('postalCode');
    expect(previewField('weightGrams')).toBe('weightGrams');
    expect(previewField('lines')).toBeNull();
  });
});
