import { lineIsEditable, lineName, optionSummary } from './line-name';

describe('lineName', () => {
  it('joins the title and the chosen values', () => {
    expect(lineName({ title: 'Classic Tee', options: { Size: 'M', Colour: 'Black' } })).toBe('Classic Tee, M, Black');
    expect(lineName({ title: 'Cast Iron Skillet', options: {} })).toBe('Cast Iron Skillet');
  });
});

describe('optionSummary', () => {
  it('names each option with its value, and nothing for a product without options', () => {
    expect(optionSummary({ Size: 'M', Colour: 'Black' })).toBe('Size: M · Colour: Black');
    expect(optionSummary({})).toBeNull();
  });
});

describe('lineIsEditable', () => {
  it('lets a line change its quantity unless it can no longer be bought or nothing is left', () => {
    expect(lineIsEditable([])).toBe(true);
    expect(lineIsEditable([{ type: 'price_changed' }, { type: 'insufficient_stock', available: 2 }])).toBe(true);
    expect(lineIsEditable([{ type: 'insufficient_stock', available: 0 }])).toBe(false);
    expect(lineIsEditable([{ type: 'unavailable' }])).toBe(false);
  });
});
