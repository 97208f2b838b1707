import { sql } from 'kysely';
import { type Database, inTransaction } from '@emporium/platform-db';
import { adjust } from '../lib/adjustments';
import type { Actor, EventPublisher } from '../lib/level-changes';
import { createLocation } from '../lib/locations';
import { registerSkus } from '../lib/sku-registry';

export const STAFF: Actor = { id: 'user:test-staff', label: 'staff@example.com' };
export const CHECKOUT: Actor = { id: 'service', label: null };

/** An event publisher that keeps what was published, for assertions (the real bus is exercised elsewhere). */
export function recordingPublisher(): EventPublisher & { readonly published: Array<{ type: string; payload: unknown }> } {
  const published: Array<{ type: string; payload: unknown }> = [];
  return {
    published,
    async publish(_trx, type, payload) {
      published.push({ type, payload });
      return payload;
    },
  };
}

/** Creates a location and returns its id. */
export async function givenLocation(db: Database, code: string, priority: number, active = true): Promise<string> {
  const created = await createLocation(db, {
    code,
    name: `${code} warehouse`,
    priority,
    active,
    address: { line1: null, line2: null, city: null, region: null, postalCode: null, countryCode: null },
  });
  if (!created.ok) throw new Error(`could not create location ${code}: ${created.error.type}`);
  return created.value.id;
}

/** Registers SKUs (as the catalog's event would) and puts the given stock on hand. */
export async function givenStock(db: Database, stock: Record<string, Record<string, number>>, events: EventPublisher = recordingPublisher()): Promise<void> {
  await inTransaction(db, (trx) => registerSkus(trx, events, { skus: Object.keys(stock), renamed: [] }));
  for (const [sku, perLocation] of Object.entries(stock)) {
    for (const [locationId, quantity] of Object.entries(perLocation)) {
      const result = await adjust(db, events, { sku, locationId, mode: 'set', quantity, reason: 'received' }, STAFF);
      if (!result.ok) throw new Error(`could not stock ${sku}: ${result.error.type}`);
    }
  }
}

/** Current level of one SKU at one location, straight from the table. */
export async function levelOf(db: Database, sku: string, locationId: string): Promise<{ onHand: number; reserved: number }> {
  const row = await sql<{ on_hand: number; reserved: number }>`
    SELECT l.on_hand, l.reserved FROM inventory.stock_level l JOIN inventory.item i ON i.id = l.item_id
    WHERE upper(i.sku) = upper(${sku}) AND l.location_id = ${locationId}::uuid`.execute(db);
  return { onHand: row.rows[0]?.on_hand ?? 0, reserved: row.rows[0]?.reserved ?? 0 };
}

/**
 * The lowest availability (on hand − reserved) one SKU ever had at each location, replaying its ledger in order: proof
 * from the ledger that it never went below zero.
 */
export async function lowestAvailableInLedger(db: Database, sku: string): Promise<number> {
  const row = await sql<{ lowest: number | null }>`
    SELECT min(running)::int AS lowest FROM (
      SELECT sum(m.on_hand_delta - m.reserved_delta) OVER (PARTITION BY m.location_id ORDER BY m.id) AS running
      FROM inventory.movement m JOIN inventory.item i ON i.id = m.item_id WHERE upper(i.sku) = upper(${sku})
    ) r`.execute(db);
  return row.rows[0]?.lowest ?? 0;
}
