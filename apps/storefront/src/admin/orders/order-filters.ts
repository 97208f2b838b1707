/**
 * The orders list's filters as they live in the URL (`?q=&status=&from=&to=&customer=&min=&max=&page=`) and as
 * the list procedure takes them. Reading is forgiving: a value that does not parse is left out, so a hand-edited
 * or stale link still opens a list rather than an error.
 */

export interface OrderFilters<S extends string = string> {
  /** An order number or an e-mail address (or part of one), as typed. */
  readonly search: string;
  readonly status: S | undefined;
  /** Calendar days (`YYYY-MM-DD`), both inclusive, on the browser's clock. */
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly customerId: string | undefined;
  /** Grand totals in minor units, both inclusive. */
  readonly minTotal: number | undefined;
  readonly maxTotal: number | undefined;
  readonly page: number;
}

export interface OrderListQuery<S extends string = string> {
  search?: string;
  status?: S;
  from?: string;
  to?: string;
  customerId?: string;
  minTotal?: number;
  maxTotal?: number;
  page: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readDay(value: string | null): string | undefined {
  const match = value ? DAY.exec(value) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? value ?? undefined : undefined;
}

function readMinor(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const amount = Number(value);
  return Number.isSafeInteger(amount) ? amount : undefined;
}

/** The filters a URL names; `isStatus` says which status codes the list knows. */
export function readOrderFilters<S extends string>(params: URLSearchParams, isStatus: (value: string) => value is S): OrderFilters<S> {
  const status = params.get('status');
  const customer = params.get('customer');
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    search: (params.get('q') ?? '').trim(),
    status: status && isStatus(status) ? status : undefined,
    from: readDay(params.get('from')),
    to: readDay(params.get('to')),
    customerId: customer && UUID.test(customer) ? customer : undefined,
    minTotal: readMinor(params.get('min')),
    maxTotal: readMinor(params.get('max')),
    page: Number.isSafeInteger(page) && page > 1 ? page : 1,
  };
}

/** Whether anything narrows the list (for the empty state's wording). */
export function isNarrowed(filters: OrderFilters): boolean {
  return Boolean(filters.search || filters.status || filters.from || filters.to || filters.customerId) || filters.minTotal !== undefined || filters.maxTotal !== undefined;
}

/** The start of a calendar day on the browser's clock, as an instant. */
export function startOfDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 0, 0, 0, 0);
}

/** The last millisecond of a calendar day on the browser's clock, so "to 3 March" includes all of 3 March. */
export function endOfDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 23, 59, 59, 999);
}

/** What the list procedure is asked: days as instants, nothing for what is not set. */
export function orderListQuery<S extends string>(filters: OrderFilters<S>): OrderListQuery<S> {
  return {
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.from ? { from: startOfDay(filters.from).toISOString() } : {}),
    ...(filters.to ? { to: endOfDay(filters.to).toISOString() } : {}),
    ...(filters.customerId ? { customerId: filters.customerId } : {}),
    ...(filters.minTotal !== undefined ? { minTotal: filters.minTotal } : {}),
    ...(filters.maxTotal !== undefined ? { maxTotal: filters.maxTotal } : {}),
    page: filters.page,
  };
}

/** A problem with the filters as a whole, said beside them rather than silently giving no rows. */
export function filterProblem(filters: OrderFilters): string | null {
  if (filters.from && filters.to && filters.from > filters.to) return 'The “From” day is after the “To” day, so no order can match.';
  if (filters.minTotal !== undefined && filters.maxTotal !== undefined && filters.minTotal > filters.maxTotal) return 'The smallest total is above the largest, so no order can match.';
  return null;
}

/** The search parameters of a filter change; a cleared value is removed, and any change goes back to page 1. */
export function filterChange(changes: Partial<Record<'status' | 'from' | 'to' | 'customer' | 'min' | 'max', string | number | null | undefined>>): Record<string, string | null> {
  const next: Record<string, string | null> = { page: null };
  for (const [key, value] of Object.entries(changes)) next[key] = value === undefined || value === null || value === '' ? null : String(value);
  return next;
}
