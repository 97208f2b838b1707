import { type PartyAddress } from './document-types';
import { toWinAnsi } from './pdf-text';

/** `1250` → `"1.25 kg"`, rounded to 10 g in integers so no float prints as `1.00` for 1005 g. */
export function formatWeight(grams: number): string {
  const centikilos = Math.round(grams / 10);
  const kilos = Math.floor(centikilos / 100);
  const rest = String(centikilos % 100).padStart(2, '0');
  return `${kilos}.${rest} kg`;
}

/** `2024-03-05` in UTC, so the date on a label does not depend on the printing machine's time zone. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The address as printable lines: name, company, street lines, "postal code city region", country code. */
export function addressLines(address: PartyAddress): { name: string; rest: string[]; locality: string; country: string } {
  const rest = [address.company, address.line1, address.line2].filter((line): line is string => Boolean(line?.trim()));
  const locality = [address.postalCode, address.city, address.region].filter((part) => Boolean(part?.trim())).join(' ');
  return {
    name: toWinAnsi(address.name),
    rest: rest.map(toWinAnsi),
    locality: toWinAnsi(locality),
    country: toWinAnsi(address.country.toUpperCase()),
  };
}
