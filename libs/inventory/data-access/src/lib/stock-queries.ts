import { sql } from 'kysely';
import type { Database } from '@emporium/platform-db';
import { type MovementKind, skuKey, type StockStatus, stockStatus } from '@emporium/inventory-domain';

export interface LocationLevel {
  readonly locationId: string;
  readonly onHand: number;
  readonly reserved: number;
}

export interface StockRow {
  readonly sku: string;
  readonly tracked: boolean;
  readonly allowBackorder: boolean;
  readonly lowStockThreshold: number;
  /** Totals over every location; `available` counts active locations only. */
  readonly onHand: number;
  readonly reserved: number;
  readonly available: number;
  readonly status: StockStatus;
  readonly levels: readonly LocationLevel[];
}

export interface StockPage {
  readonly rows: readonly StockRow[];
  /** Pass back as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export interface StockListQuery {
  /** Part of a SKU, any case. */
  readonly search?: string | null;
  /** Only SKUs with a level at this location. */
  readonly locationId?: string | null;
  /** `attention`: tracked SKUs at or below their low-stock threshold (out of stock included). */
  readonly filter?: 'all' | 'attention' | 'out_of_stock';
  readonly after?: string | null;
  readonly limit: number;
}

interface StockRowRecord {
  sku: string;
  tracked: boolean;
  allow_backorder: boolean;
  low_stock_threshold: number;
  on_hand: number;
  reserved: number;
  available: number;
  levels: Array<{ location_id: string; on_hand: number; reserved: number }>;
}

/**
 * An item's columns with its totals and levels, computed per item (LATERAL): a page walks the SKU index in order and
 * stops at its limit instead of totalling the whole inventory first.
 */
const STOCK_ROW = sql`
  SELECT i.sku, i.tracked, i.allow_backorder, i.low_stock_threshold, t.on_hand, t.reserved, t.available, t.levels
  FROM inventory.item i
  CROSS JOIN LATERAL (
    SELECT coalesce(sum(l.on_hand), 0)::int AS on_hand, coalesce(sum(l.reserved), 0)::int AS reserved,
      coalesce(sum(l.on_hand - l.reserved) FILTER (WHERE loc.active), 0)::int AS available,
      coalesce(json_agg(json_build_object('location_id', l.location_id, 'on_hand', l.on_hand, 'reserved', l.reserved) ORDER BY loc.priority, loc.code), '[]') AS levels
    FROM inventory.stock_level l JOIN inventory.location loc ON loc.id = l.location_id
    WHERE l.item_id = i.id
  ) t`;

/** Stock by SKU with its levels per location, in SKU order (keyset pages). */
export async function listStock(db: Database, query: StockListQuery): Promise<StockPage> {
  const search = query.search?.trim() ? `%${query.search.trim().toUpperCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
  const filter = query.filter ?? 'all';
  const rows = await sql<StockRowRecord>`
    ${STOCK_ROW}
    WHERE (${search}::text IS NULL OR upper(i.sku) LIKE ${search})
      AND (${query.after ?? null}::text IS NULL OR upper(i.sku) > ${query.after ?? null})
      AND (${query.locationId ?? null}::uuid IS NULL OR EXISTS (SELECT 1 FROM inventory.stock_level x WHERE x.item_id = i.id AND x.location_id = ${query.locationId ?? null}::uuid))
      AND (${filter}::text = 'all'
        OR (${filter}::text = 'attention' AND i.tracked AND NOT i.allow_backorder AND t.available <= i.low_stock_threshold)
        OR (${filter}::text = 'out_of_stock' AND i.tracked AND NOT i.allow_backorder AND t.available <= 0))
    ORDER BY upper(i.sku) LIMIT ${query.limit + 1}`.execute(db);
  const page = rows.rows.slice(0, query.limit).map(toStockRow);
  const last = page.at(-1);
  return { rows: page, nextCursor: rows.rows.length > query.limit && last ? skuKey(last.sku) : null };
}

export async function stockOf(db: Database, sku: string): Promise<StockRow | null> {
  const page = await sql<StockRowRecord>`${STOCK_ROW} WHERE upper(i.sku) = ${skuKey(sku)}`.execute(db);
  const [row] = page.rows;
  return row ? toStockRow(row) : null;
}

function toStockRow(row: StockRowRecord): StockRow {
  return {
    sku: row.sku,
    tracked: row.tracked,
    allowBackorder: row.allow_backorder,
    lowStockThreshold: row.low_stock_threshold,
    onHand: row.on_hand,
    reserved: row.reserved,
    available: row.available,
    status: stockStatus(row.available, { sku: row.sku, tracked: row.tracked, allowBackorder: row.allow_backorder, lowStockThreshold: row.low_stock_threshold }),
    levels: row.levels.map((level) => ({ locationId: level.location_id, onHand: level.on_hand, reserved: level.reserved })),
  };
}

export interface MovementView {
  readonly id: string;
  readonly locationId: string;
  readonly kind: MovementKind;
  readonly onHandDelta: number;
  readonly reservedDelta: number;
  /** The level at that location right after this movement. */
  readonly onHandAfter: number;
  readonly reservedAfter: number;
  readonly reason: string | null;
  readonly note: string | null;
  readonly actor: string;
  readonly actorLabel: string | null;
  readonly reference: string | null;
  readonly occurredAt: string;
}

/** The ledger of one SKU, newest first, with the running level per location. */
export async function movementsOf(db: Database, sku: string, page: { before?: string | null; limit: number }): Promise<{ rows: MovementView[]; nextCursor: string | null } | null> {
  const item = await sql<{ id: string }>`SELECT id::text FROM inventory.item WHERE upper(sku) = ${skuKey(sku)}`.execute(db);
  const [found] = item.rows;
  if (!found) return null;
  const rows = await sql<{
    id: string;
    location_id: string;
    kind: MovementKind;
    on_hand_delta: number;
    reserved_delta: number;
    on_hand_after: number;
    reserved_after: number;
    reason: string | null;
    note: string | null;
    actor: string;
    actor_label: string | null;
    reference: string | null;
    occurred_at: Date;
  }>`
    SELECT * FROM (
      SELECT id::text, location_id, kind, on_hand_delta, reserved_delta, reason, note, actor, actor_label, reference, occurred_at,
        (sum(on_hand_delta) OVER w)::int AS on_hand_after, (sum(reserved_delta) OVER w)::int AS reserved_after
      FROM inventory.movement WHERE item_id = ${found.id}::bigint
      WINDOW w AS (PARTITION BY location_id ORDER BY id)
    ) m
    WHERE ${page.before ?? null}::bigint IS NULL OR m.id::bigint < ${page.before ?? null}::bigint
    ORDER BY m.id::bigint DESC LIMIT ${page.limit + 1}`.execute(db);
  const views = rows.rows.slice(0, page.limit).map(
    (row): MovementView => ({
      id: row.id,
      locationId: row.location_id,
      kind: row.kind,
      onHandDelta: row.on_hand_delta,
      reservedDelta: row.reserved_delta,
      onHandAfter: row.on_hand_after,
      reservedAfter: row.reserved_after,
      reason: row.reason,
      note: row.note,
      actor: row.actor,
      actorLabel: row.actor_label,
      reference: row.reference,
      occurredAt: new Date(row.occurred_at).toISOString(),
    }),
  );
  return { rows: views, nextCursor: rows.rows.length > page.limit ? (views.at(-1)?.id ?? null) : null };
}
