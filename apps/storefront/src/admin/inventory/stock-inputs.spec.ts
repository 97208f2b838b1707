import type { StockLocation } from '../admin-types';
import { adjustDraft, checkAdjustment, checkLocationUpdate, checkNewLocation, checkPolicy, checkTransfer, locationDraft, locationField, transferDraft } from './stock-inputs';

const MAIN = '00000000-0000-4000-8000-000000000001';
const EAST = '00000000-0000-4000-8000-000000000002';
const POPUP = '00000000-0000-4000-8000-000000000003';

const location = (id: string, code: string, priority: number, active = true): StockLocation => ({
  id,
  code,
  name: code,
  priority,
  active,
  address: { line1: '1 Dock Rd', line2: null, city: 'Newark', region: null, postalCode: null, countryCode: 'US' },
  skuCount: 0,
  onHand: 0,
  reserved: 0,
});
const locations = [location(MAIN, 'MAIN', 10), location(EAST, 'EAST', 20), location(POPUP, 'POPUP', 90, false)];

describe('checkAdjustment', () => {
  it('builds the procedure’s input from the form', () => {
    const checked = checkAdjustment('MUG-1', { ...adjustDraft(MAIN), quantity: '5', note: '  pallet 4 ' });
    expect(checked).toEqual({ ok: true, data: { sku: 'MUG-1', locationId: MAIN, mode: 'add', quantity: 5, reason: 'received', note: 'pallet 4' } });
  });

  it('uses the schema’s messages', () => {
    expect(checkAdjustment('MUG-1', adjustDraft(MAIN))).toMatchObject({ ok: false, problems: { quantity: 'Enter a whole number' } });
    expect(checkAdjustment('MUG-1', { ...adjustDraft(MAIN), quantity: '0' })).toMatchObject({ ok: false, problems: { quantity: 'Enter at least 1' } });
    expect(checkAdjustment('MUG-1', { ...adjustDraft(MAIN), mode: 'set', quantity: '0' }).ok).toBe(true);
  });
});

describe('transfers', () => {
  it('start from where most units are free, towards another active location', () => {
    const row = { levels: [{ locationId: MAIN, onHand: 3, reserved: 0 }, { locationId: EAST, onHand: 40, reserved: 10 }] };
    expect(transferDraft(row, locations)).toMatchObject({ fromLocationId: EAST, toLocationId: MAIN });
  });

  it('refuse moving to the same place, at the To field', () => {
    expect(checkTransfer('MUG-1', { fromLocationId: MAIN, toLocationId: MAIN, quantity: '2', note: '' })).toMatchObject({
      ok: false,
      problems: { toLocationId: 'Choose a different location to move stock to' },
    });
  });
});

describe('checkPolicy', () => {
  it('reads the threshold as a whole number', () => {
    expect(checkPolicy('MUG-1', { tracked: true, allowBackorder: false, lowStockThreshold: '500' })).toEqual({
      ok: true,
      data: { sku: 'MUG-1', tracked: true, allowBackorder: false, lowStockThreshold: 500 },
    });
    expect(checkPolicy('MUG-1', { tracked: true, allowBackorder: false, lowStockThreshold: '-1' })).toMatchObject({ ok: false, problems: { lowStockThreshold: 'Enter 0 or more' } });
  });
});

describe('locations', () => {
  it('suggests a new location’s priority after the others', () => {
    expect(locationDraft(undefined, locations).priority).toBe('100');
    expect(locationDraft(undefined, []).priority).toBe('10');
  });

  it('round-trips a location through its form', () => {
    const checked = checkLocationUpdate(MAIN, locationDraft(locations[0]));
    expect(checked).toEqual({
      ok: true,
      data: { id: MAIN, code: 'MAIN', name: 'MAIN', priority: 10, active: true, address: { line1: '1 Dock Rd', line2: null, city: 'Newark', region: null, postalCode: null, countryCode: 'US' } },
    });
  });

  it('puts address problems at their fields', () => {
    const checked = checkNewLocation({ ...locationDraft(undefined, locations), code: 'north dock!', name: '', countryCode: 'USA' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems).map(locationField).sort()).toEqual(['code', 'countryCode', 'name']);
  });

  it('maps server paths to fields', () => {
    expect(locationField('address.postalCode')).toBe('postalCode');
    expect(locationField('code')).toBe('code');
    expect(locationField('id')).toBeNull();
  });
});
