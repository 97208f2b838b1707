import { byPriority, type StockLocation } from './location';

const location = (id: string, priority: number): StockLocation => ({ id, priority, active: true });

describe('byPriority', () => {
  it('puts the lower priority number first', () => {
    expect([location('b', 2), location('a', 1), location('c', 0)].sort(byPriority).map((l) => l.id)).toEqual(['c', 'a', 'b']);
  });

  it('breaks ties by id so the order never depends on input order', () => {
    expect([location('wh-b', 1), location('wh-a', 1)].sort(byPriority).map((l) => l.id)).toEqual(['wh-a', 'wh-b']);
    expect(byPriority(location('x', 1), location('x', 1))).toBe(0);
  });

  it('compares ids as plain strings, not by locale', () => {
    expect([location('a', 1), location('B', 1)].sort(byPriority).map((l) => l.id)).toEqual(['B', 'a']);
  });
});
