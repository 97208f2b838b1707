import type { Currency, Parcel, Service } from './schemas';

export interface Rate {
  service: Service;
  /** Minor units of `currency` (cents, pence; whole yen). */
  amount: number;
  currency: Currency;
  transitDays: { min: number; max: number };
}

interface Route {
  shipFrom: { country: string; postalCode: string };
  shipTo: { country: string; postalCode: string };
}

/** Fixed conversion from the US-dollar price list, so quotes never drift between runs. */
const perUsd: Record<Currency, { rate: number; minorUnits: number }> = {
  USD: { rate: 1, minorUnits: 100 },
  EUR: { rate: 0.92, minorUnits: 100 },
  GBP: { rate: 0.79, minorUnits: 100 },
  JPY: { rate: 150, minorUnits: 1 },
};

/** Countries that ship to each other as one region (cheaper and faster than intercontinental). */
const regions: string[][] = [
  ['AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'],
  ['US', 'CA', 'MX'],
  ['JP', 'KR', 'CN', 'TW', 'HK', 'SG'],
];

/** Weight billed per parcel: the actual weight or the volumetric one (L×W×H / 5000 kg), whichever is greater. */
export function billableGrams(parcel: Parcel): number {
  const { lengthCm, widthCm, heightCm } = parcel;
  const volumetric = lengthCm && widthCm && heightCm ? Math.ceil((lengthCm * widthCm * heightCm) / 5) : 0;
  return Math.max(parcel.weightGrams, volumetric);
}

type Distance = { kind: 'domestic'; zones: number } | { kind: 'regional' } | { kind: 'international' };

/** Domestic distance is read from the postal codes' first characters: 0 (same area) to 9 zones apart. */
export function distance({ shipFrom, shipTo }: Route): Distance {
  if (shipFrom.country === shipTo.country) {
    const zone = (postalCode: string) => {
      const first = postalCode.trim().toUpperCase().charAt(0);
      return /\d/.test(first) ? Number(first) : first.charCodeAt(0) % 10;
    };
    return { kind: 'domestic', zones: Math.abs(zone(shipFrom.postalCode) - zone(shipTo.postalCode)) };
  }
  const sameRegion = regions.some((region) => region.includes(shipFrom.country) && region.includes(shipTo.country));
  return sameRegion ? { kind: 'regional' } : { kind: 'international' };
}

/** US cents for one parcel by ground: a base price plus a price per started 500 g, scaled by distance. */
function groundCents(grams: number, route: Distance): number {
  const base = 599 + 150 * Math.ceil(grams / 500);
  const factor = route.kind === 'domestic' ? 1 + 0.08 * route.zones : route.kind === 'regional' ? 2.2 : 3.5;
  return Math.round(base * factor);
}

function transitDays(service: Service, route: Distance): { min: number; max: number } {
  if (route.kind === 'domestic') {
    const extra = Math.ceil(route.zones / 3);
    return service === 'express' ? { min: 1, max: 1 + Math.min(extra, 1) } : { min: 1 + extra, max: 3 + extra };
  }
  if (route.kind === 'regional') return service === 'express' ? { min: 1, max: 3 } : { min: 3, max: 6 };
  return service === 'express' ? { min: 2, max: 5 } : { min: 6, max: 12 };
}

function convert(usdCents: number, currency: Currency): number {
  const { rate, minorUnits } = perUsd[currency];
  return Math.round((usdCents / 100) * rate * minorUnits);
}

/** The price of one service for the whole shipment: deterministic in weight, size, route and currency. */
export function priceOf(service: Service, route: Route, parcels: Parcel[], currency: Currency): Rate {
  const where = distance(route);
  const ground = parcels.reduce((sum, parcel) => sum + groundCents(billableGrams(parcel), where), 0);
  const usdCents = service === 'express' ? Math.round(ground * 1.8) + 500 : ground;
  return { service, amount: convert(usdCents, currency), currency, transitDays: transitDays(service, where) };
}

/** Both services, cheapest first. */
export function quoteRates(route: Route, parcels: Parcel[], currency: Currency): Rate[] {
  return [priceOf('ground', route, parcels, currency), priceOf('express', route, parcels, currency)];
}
