import type { DbTransaction } from '@emporium/platform-db';
import type { EventBus } from '@emporium/platform-events';

/** The event type the catalog publishes when SKUs come into existence or change (the inventory keeps stock per SKU). */
export const SKUS_REGISTERED = 'catalog.skus-registered';

/** Payload of `catalog.skus-registered`. */
export interface SkusRegistered {
  /** SKUs of variants created in this change (as stored by the catalog). */
  readonly skus: readonly string[];
  /** SKU edits on existing variants: the inventory moves the stock record to the new SKU. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  /** Only from demo seeds: the demo variants meant to start sold out; the inventory gives every other SKU demo stock. */
  readonly demoStock?: { readonly soldOut: readonly string[] };
}

/** What publishing needs of the event bus (the real one, or none where nothing is to be told: tests, the generator CLI). */
export type SkuEventPublisher = Pick<EventBus, 'publish'>;

/** At most this many SKUs per event: a 10,000-product catalog has some 30,000 variants. */
export const SKUS_PER_EVENT = 1_000;

/** What a change did to SKUs; `soldOut` only from demo seeds (SKUs among `skus` marked unavailable). */
export interface SkuChange {
  readonly skus: readonly string[];
  readonly renamed?: SkusRegistered['renamed'];
  readonly demoSoldOut?: readonly string[];
}

/**
 * Publishes `catalog.skus-registered` for a change, in the change's transaction: new SKUs in chunks of
 * `SKUS_PER_EVENT` (each chunk's `demoStock.soldOut` lists only its own SKUs), renames with the first chunk.
 * A change with no new SKU and no rename publishes nothing. Returns the number of events published.
 */
export async function publishSkusRegistered(trx: DbTransaction, events: SkuEventPublisher, change: SkuChange): Promise<number> {
  const renamed = change.renamed ?? [];
  if (change.skus.length === 0 && renamed.length === 0) return 0;
  const soldOut = change.demoSoldOut ? new Set(change.demoSoldOut) : null;
  const chunks: (readonly string[])[] = [];
  for (let start = 0; start < change.skus.length; start += SKUS_PER_EVENT) chunks.push(change.skus.slice(start, start + SKUS_PER_EVENT));
  if (chunks.length === 0) chunks.push([]);
  for (const [index, skus] of chunks.entries()) {
    const payload: SkusRegistered = {
      skus,
      renamed: index === 0 ? renamed : [],
      ...(soldOut ? { demoStock: { soldOut: skus.filter((sku) => soldOut.has(sku)) } } : {}),
    };
    await events.publish(trx, SKUS_REGISTERED, payload);
  }
  return chunks.length;
}
