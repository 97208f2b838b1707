import { type ItemPolicy, isSellable, stockStatus, type StockStatus, stockStatusChange } from './item-policy';

const tracked: ItemPolicy = { sku: 'TEE-S', tracked: true, allowBackorder: false, lowStockThreshold: 5 };

describe('stockStatus', () => {
  it('calls an untracked item untracked whatever the count', () => {
    for (const available of [-3, 0, 2, 100]) expect(stockStatus(available, { ...tracked, tracked: false })).toBe('untracked');
  });

  it('is out of stock at zero or below unless backorders are allowed', () => {
    expect(stockStatus(0, tracked)).toBe('out_of_stock');
    expect(stockStatus(-2, tracked)).toBe('out_of_stock');
    expect(stockStatus(0, { ...tracked, allowBackorder: true })).toBe('backorder');
    expect(stockStatus(-2, { ...tracked, allowBackorder: true })).toBe('backorder');
  });

  it('is low stock at or below the threshold', () => {
    expect(stockStatus(1, tracked)).toBe('low_stock');
    expect(stockStatus(5, tracked)).toBe('low_stock');
    expect(stockStatus(6, tracked)).toBe('in_stock');
  });

  it('never warns of low stock with a threshold of zero', () => {
    expect(stockStatus(1, { ...tracked, lowStockThreshold: 0 })).toBe('in_stock');
  });
});

describe('isSellable', () => {
  it('sells everything except what is out of stock', () => {
    const statuses: StockStatus[] = ['in_stock', 'low_stock', 'backorder', 'untracked'];
    for (const status of statuses) expect(isSellable(status)).toBe(true);
    expect(isSellable('out_of_stock')).toBe(false);
  });
});

describe('stockStatusChange', () => {
  it('reports the last unit selling out', () => {
    expect(stockStatusChange('TEE-S', 1, 0, tracked)).toEqual({ sku: 'TEE-S', from: 'low_stock', to: 'out_of_stock', available: 0, inStock: false });
  });

  it('reports stock coming back', () => {
    expect(stockStatusChange('TEE-S', 0, 20, tracked)).toEqual({ sku: 'TEE-S', from: 'out_of_stock', to: 'in_stock', available: 20, inStock: true });
  });

  it('counts a backorder as still in stock for shoppers', () => {
    expect(stockStatusChange('TEE-S', 3, 0, { ...tracked, allowBackorder: true })).toMatchObject({ to: 'backorder', inStock: true });
  });

  it('is null when the status does not change', () => {
    expect(stockStatusChange('TEE-S', 50, 40, tracked)).toBeNull();
    expect(stockStatusChange('TEE-S', 0, -4, tracked)).toBeNull();
    expect(stockStatusChange('TEE-S', 0, 10, { ...tracked, tracked: false })).toBeNull();
  });
});
