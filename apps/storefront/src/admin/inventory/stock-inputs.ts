import { adjustInput, createLocationInput, itemPolicyInput, transferInput, updateLocationInput } from '@emporium/inventory-contracts';
import type { AdjustmentMode, AdjustmentReason } from '@emporium/inventory-domain';
import type { StockLocation, StockRow } from '../admin-types';
import { checkInput, numberInput, optionalText } from '../lib/schema-check';

/**
 * What the stock forms hold (text as typed) and how it becomes a procedure's input, checked with the schema the
 * API validates it with. Field names are the input's paths, so the browser's messages and the server's
 * `fieldErrors` land at the same fields.
 */

export interface AdjustDraft {
  readonly locationId: string;
  readonly mode: AdjustmentMode;
  readonly quantity: string;
  readonly reason: AdjustmentReason;
  readonly note: string;
}

export function adjustDraft(locationId: string): AdjustDraft {
  return { locationId, mode: 'add', quantity: '', reason: 'received', note: '' };
}

export function checkAdjustment(sku: string, draft: AdjustDraft) {
  return checkInput(adjustInput, {
    sku,
    locationId: draft.locationId,
    mode: draft.mode,
    quantity: numberInput(draft.quantity),
    reason: draft.reason,
    note: optionalText(draft.note),
  });
}

export interface TransferDraft {
  readonly fromLocationId: string;
  readonly toLocationId: string;
  readonly quantity: string;
  readonly note: string;
}

/**
 * A transfer starts from the location with the most units free to move, towards the first other active location,
 * which is the usual case (rebalancing from the main warehouse).
 */
export function transferDraft(row: Pick<StockRow, 'levels'>, locations: readonly StockLocation[]): TransferDraft {
  const free = (id: string) => {
    const level = row.levels.find((entry) => entry.locationId === id);
    return level ? level.onHand - level.reserved : 0;
  };
  const from = [...locations].sort((a, b) => free(b.id) - free(a.id))[0];
  const to = locations.find((location) => location.active && location.id !== from?.id) ?? locations.find((location) => location.id !== from?.id);
  return { fromLocationId: from?.id ?? '', toLocationId: to?.id ?? '', quantity: '', note: '' };
}

export function checkTransfer(sku: string, draft: TransferDraft) {
  return checkInput(transferInput, {
    sku,
    fromLocationId: draft.fromLocationId,
    toLocationId: draft.toLocationId,
    quantity: numberInput(draft.quantity),
    note: optionalText(draft.note),
  });
}

export interface PolicyDraft {
  readonly tracked: boolean;
  readonly allowBackorder: boolean;
  readonly lowStockThreshold: string;
}

export function policyDraft(row: Pick<StockRow, 'tracked' | 'allowBackorder' | 'lowStockThreshold'>): PolicyDraft {
  return { tracked: row.tracked, allowBackorder: row.allowBackorder, lowStockThreshold: String(row.lowStockThreshold) };
}

export function checkPolicy(sku: string, draft: PolicyDraft) {
  return checkInput(itemPolicyInput, { sku, tracked: draft.tracked, allowBackorder: draft.allowBackorder, lowStockThreshold: numberInput(draft.lowStockThreshold) });
}

export interface LocationDraft {
  readonly code: string;
  readonly name: string;
  readonly priority: string;
  readonly active: boolean;
  readonly line1: string;
  readonly line2: string;
  readonly city: string;
  readonly region: string;
  readonly postalCode: string;
  readonly countryCode: string;
}

export type AddressField = 'line1' | 'line2' | 'city' | 'region' | 'postalCode' | 'countryCode';

export const ADDRESS_FIELDS: ReadonlyArray<{ readonly field: AddressField; readonly label: string }> = [
  { field: 'line1', label: 'Address line 1' },
  { field: 'line2', label: 'Address line 2' },
  { field: 'city', label: 'City' },
  { field: 'region', label: 'Region or state' },
  { field: 'postalCode', label: 'Postal code' },
  { field: 'countryCode', label: 'Country code' },
];

/** A new location's form, or an existing one's; a new one comes after the others in priority. */
export function locationDraft(location?: StockLocation, others: readonly StockLocation[] = []): LocationDraft {
  if (!location) {
    const next = others.length === 0 ? 10 : Math.min(10_000, Math.max(...others.map((other) => other.priority)) + 10);
    return { code: '', name: '', priority: String(next), active: true, line1: '', line2: '', city: '', region: '', postalCode: '', countryCode: '' };
  }
  const text = (value: string | null) => value ?? '';
  return {
    code: location.code,
    name: location.name,
    priority: String(location.priority),
    active: location.active,
    line1: text(location.address.line1),
    line2: text(location.address.line2),
    city: text(location.address.city),
    region: text(location.address.region),
    postalCode: text(location.address.postalCode),
    countryCode: text(location.address.countryCode),
  };
}

function locationFields(draft: LocationDraft) {
  return {
    code: draft.code,
    name: draft.name,
    priority: numberInput(draft.priority),
    active: draft.active,
    address: { line1: draft.line1, line2: draft.line2, city: draft.city, region: draft.region, postalCode: draft.postalCode, countryCode: draft.countryCode },
  };
}

export function checkNewLocation(draft: LocationDraft) {
  return checkInput(createLocationInput, locationFields(draft));
}

export function checkLocationUpdate(id: string, draft: LocationDraft) {
  return checkInput(updateLocationInput, { id, ...locationFields(draft) });
}

/** The form field a server path of a location input names (`address.city` → `city`), or null for none. */
export function locationField(path: string): keyof LocationDraft | null {
  const field = path.startsWith('address.') ? path.slice('address.'.length) : path;
  const fields: ReadonlyArray<keyof LocationDraft> = ['code', 'name', 'priority', 'active', 'line1', 'line2', 'city', 'region', 'postalCode', 'countryCode'];
  return fields.find((candidate) => candidate === field) ?? null;
}
