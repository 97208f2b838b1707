import { sql } from 'kysely';
import type { DbTransaction } from '@emporium/platform-db';

/** The demo shop's warehouses: two active ones (picked in priority order) and a closed store. */
const DEMO_LOCATIONS = [
  { code: 'MAIN', name: 'Main warehouse', priority: 10, active: true, line1: '4100 Logistics Pkwy', city: 'Columbus', region: 'OH', postalCode: '43217', country: 'US' },
  { code: 'EAST', name: 'East Coast depot', priority: 20, active: true, line1: '88 Port St', city: 'Newark', region: 'NJ', postalCode: '07114', country: 'US' },
  { code: 'POPUP', name: 'Pop-up store (closed)', priority: 90, active: false, line1: '12 Market St', city: 'Portland', region: 'OR', postalCode: '97204', country: 'US' },
] as const;

/** Creates the demo locations that are missing (by code) and returns the ids of the two warehouses. */
export async function ensureDemoLocations(trx: DbTransaction): Promise<{ main: string; east: string }> {
  for (const location of DEMO_LOCATIONS) {
    await sql`
      INSERT INTO inventory.location (code, name, priority, active, address_line1, city, region, postal_code, country_code)
      VALUES (${location.code}, ${location.name}, ${location.priority}, ${location.active}, ${location.line1}, ${location.city}, ${location.region}, ${location.postalCode}, ${location.country})
      ON CONFLICT (code) DO NOTHING`.execute(trx);
  }
  const rows = await sql<{ code: string; id: string }>`SELECT code, id FROM inventory.location WHERE code IN ('MAIN', 'EAST')`.execute(trx);
  const id = (code: string) => rows.rows.find((row) => row.code === code)?.id ?? '';
  return { main: id('MAIN'), east: id('EAST') };
}

/** FNV-1a: the same SKU always gets the same demo stock, on every install. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return value;
}

/** Demo quantities: most SKUs well stocked at the main warehouse, some also in the east, one in twelve running low. */
export function demoStockFor(sku: string, locations: { main: string; east: string }): Array<{ locationId: string; quantity: number }> {
  const h = hash(sku.toUpperCase());
  if ((h >>> 12) % 12 === 0) return [{ locationId: locations.main, quantity: 1 + (h % 4) }];
  const stock = [{ locationId: locations.main, quantity: 20 + (h % 180) }];
  if ((h >>> 8) % 3 !== 0) stock.push({ locationId: locations.east, quantity: 5 + ((h >>> 4) % 60) });
  return stock;
}
