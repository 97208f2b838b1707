import { endOfDay, filterChange, filterProblem, isNarrowed, orderListQuery, readOrderFilters, startOfDay } from './order-filters';

const known = (value: string): value is 'placed' | 'shipped' | 'cancelled' => ['placed', 'shipped', 'cancelled'].includes(value);
const read = (query: string) => readOrderFilters(new URLSearchParams(query), known);
const CUSTOMER = '2f1b6c1e-8a4d-4c1e-9a57-3d2b1c0e9f11';

describe('the orders list filters in the URL', () => {
  it('reads every filter a link names', () => {
    expect(read(`q=ORD-1042&status=shipped&from=2026-03-01&to=2026-03-31&customer=${CUSTOMER}&min=2500&max=10000&page=3`)).toEqual({
      search: 'ORD-1042',
      status: 'shipped',
      from: '2026-03-01',
      to: '2026-03-31',
      customerId: CUSTOMER,
      minTotal: 2500,
      maxTotal: 10000,
      page: 3,
    });
  });

  it('leaves out what does not parse instead of failing the page', () => {
    expect(read('status=lost&from=2026-02-30&to=yesterday&customer=42&min=12.50&max=-1&page=0')).toEqual({
      search: '',
      status: undefined,
      from: undefined,
      to: undefined,
      customerId: undefined,
      minTotal: undefined,
      maxTotal: undefined,
      page: 1,
    });
  });

  it('says whether anything narrows the list', () => {
    expect(isNarrowed(read('page=2'))).toBe(false);
    expect(isNarrowed(read('min=0'))).toBe(true);
    expect(isNarrowed(read('q=ann@example.com'))).toBe(true);
  });

  it('asks the list for whole days on the browser clock and only what is set', () => {
    const query = orderListQuery(read('from=2026-03-01&to=2026-03-02&min=0'));
    expect(query).toEqual({ from: startOfDay('2026-03-01').toISOString(), to: endOfDay('2026-03-02').toISOString(), minTotal: 0, page: 1 });
    expect(endOfDay('2026-03-02').getTime() - startOfDay('2026-03-02').getTime()).toBe(24 * 60 * 60 * 1000 - 1);
    expect(orderListQuery(read(''))).toEqual({ page: 1 });
  });

  it('explains ranges that cannot match anything', () => {
    expect(filterProblem(read('from=2026-03-05&to=2026-03-01'))).toMatch(/after/);
    expect(filterProblem(read('min=5000&max=100'))).toMatch(/above/);
    expect(filterProblem(read('from=2026-03-01&to=2026-03-01&min=100&max=100'))).toBeNull();
  });

  it('turns a filter change into URL changes that drop cleared values and the page', () => {
    expect(filterChange({ status: 'shipped', min: 0, from: '', customer: null })).toEqual({ page: null, status: 'shipped', min: '0', from: null, customer: null });
  });
});
