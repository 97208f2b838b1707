import type { StockAlert, StockLocation } from '../admin-types';
import { addressLine, byUrgency, levelAt, levelsAt, locationCode, locationLabel, readStockFilter, reasonLabel, signed, stockStatusLabel } from './stock-labels';

const location = (id: string, code: string, active = true): StockLocation => ({
  id,
  code,
  name: `${code} warehouse`,
  priority: 10,
  active,
  address: { line1: null, line2: null, city: null, region: null, postalCode: null, countryCode: null },
  skuCount: 0,
  onHand: 0,
  reserved: 0,
});

describe('signed', () => {
  it('shows the direction of a change with a true minus sign', () => {
    expect(signed(5)).toBe('+5');
    expect(signed(-3)).toBe('−3');
    expect(signed(0)).toBe('0');
  });
});

describe('reasonLabel', () => {
  it('words the adjustment reasons, and makes other reasons readable', () => {
    expect(reasonLabel('stock_count')).toBe('Stock count');
    expect(reasonLabel('received')).toBe('Received');
    expect(reasonLabel('payment_failed')).toBe('Payment failed');
    expect(reasonLabel(null)).toBe('');
  });
});

describe('levels', () => {
  const main = location('a', 'MAIN');
  const east = location('b', 'EAST');
  const row = { levels: [{ locationId: 'b', onHand: 7, reserved: 2 }] };

  it('gives every location a level, 0 where the SKU has none', () => {
    expect(levelsAt(row, [main, east]).map(({ location: where, onHand, reserved, available }) => [where.code, onHand, reserved, available])).toEqual([
      ['MAIN', 0, 0, 0],
      ['EAST', 7, 2, 5],
    ]);
    expect(levelAt(row, 'a')).toEqual({ onHand: 0, reserved: 0 });
  });

  it('names locations by code, and says when one is inactive', () => {
    expect(locationCode([main, east], 'b')).toBe('EAST');
    expect(locationCode([main], 'gone')).toBe('gone');
    expect(locationLabel(location('c', 'POPUP', false))).toBe('POPUP warehouse (POPUP), inactive');
  });
});

describe('byUrgency', () => {
  const alert = (sku: string, status: StockAlert['status']): StockAlert => ({ sku, status, available: 0, lowStockThreshold: 5, raisedAt: '', changedAt: '' });

  it('puts out of stock first and keeps the order within each status', () => {
    const sorted = byUrgency([alert('A', 'low_stock'), alert('B', 'out_of_stock'), alert('C', 'low_stock'), alert('D', 'out_of_stock')]);
    expect(sorted.map((entry) => entry.sku)).toEqual(['B', 'D', 'A', 'C']);
  });
});

describe('wording', () => {
  it('reads the filter from the URL, defaulting to all', () => {
    expect(readStockFilter('attention')).toBe('attention');
    expect(readStockFilter('bogus')).toBe('all');
    expect(readStockFilter(null)).toBe('all');
  });

  it('labels statuses and addresses', () => {
    expect(stockStatusLabel('out_of_stock')).toBe('Out of stock');
    expect(addressLine({ line1: '4100 Logistics Pkwy', line2: null, city: 'Columbus', region: 'OH', postalCode: '43217', countryCode: 'US' })).toBe(
      '4100 Logistics Pkwy, Columbus, OH 43217, US',
    );
  });
});
