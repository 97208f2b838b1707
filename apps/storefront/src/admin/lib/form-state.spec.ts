import { blankToNull, changedFields, hasChanges, moveItem, pageCount, rangeLabel } from './form-state';

describe('changedFields', () => {
  it('keeps only what differs', () => {
    expect(changedFields({ title: 'A', slug: 'a', seoTitle: null }, { title: 'B', slug: 'a', seoTitle: null })).toEqual({ title: 'B' });
  });

  it('compares lists by content', () => {
    const initial = { attributes: [{ name: 'Material', value: 'Linen' }] };
    expect(changedFields(initial, { attributes: [{ name: 'Material', value: 'Linen' }] })).toEqual({});
    expect(changedFields(initial, { attributes: [] })).toEqual({ attributes: [] });
  });

  it('notices a value becoming null', () => {
    const changes = changedFields<{ brand: string | null }>({ brand: 'stride' }, { brand: null });
    expect(changes).toEqual({ brand: null });
    expect(hasChanges(changes)).toBe(true);
    expect(hasChanges({})).toBe(false);
  });
});

describe('blankToNull', () => {
  it('turns blanks into null and trims the rest', () => {
    expect(blankToNull('   ')).toBeNull();
    expect(blankToNull(' Linen ')).toBe('Linen');
  });
});

describe('moveItem', () => {
  it('moves an item up or down', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('leaves the list alone for a move past either end', () => {
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('paging labels', () => {
  it('says which rows are shown', () => {
    expect(rangeLabel(1, 25, 300)).toBe('1–25 of 300');
    expect(rangeLabel(12, 25, 300)).toBe('276–300 of 300');
    expect(rangeLabel(1, 25, 0)).toBe('None found');
  });

  it('counts at least one page', () => {
    expect(pageCount(25, 0)).toBe(1);
    expect(pageCount(25, 26)).toBe(2);
  });
});
