import { type Kysely, sql } from 'kysely';

/**
 * The inventory schema: stock locations, items (one per SKU the catalog sells, with their stock policy), stock levels
 * per item and location, reservations with the lines they hold, restocks, and the append-only movement ledger every
 * level change is written to. Every writer locks the item rows it touches (ordered by id) before it reads levels, so
 * the item row is the lock of its levels.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;

    CREATE TABLE inventory.location (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{0,31}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      priority integer NOT NULL DEFAULT 100 CHECK (priority BETWEEN 0 AND 10000),
      active boolean NOT NULL DEFAULT true,
      address_line1 text CHECK (length(address_line1) <= 200),
      address_line2 text CHECK (length(address_line2) <= 200),
      city text CHECK (length(city) <= 100),
      region text CHECK (length(region) <= 100),
      postal_code text CHECK (length(postal_code) <= 20),
      country_code text CHECK (country_code ~ '^[A-Z]{2}$'),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE inventory.item (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      sku text NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
      tracked boolean NOT NULL DEFAULT true,
      allow_backorder boolean NOT NULL DEFAULT false,
      low_stock_threshold integer NOT NULL DEFAULT 5 CHECK (low_stock_threshold BETWEEN 0 AND 1000000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    -- SKUs compare without regard to case, as the catalog's do.
    CREATE UNIQUE INDEX item_sku_key ON inventory.item (upper(sku));
    CREATE INDEX item_sku_search_idx ON inventory.item USING gin (upper(sku) gin_trgm_ops);

    CREATE TABLE inventory.stock_level (
      item_id bigint NOT NULL REFERENCES inventory.item (id),
      location_id uuid NOT NULL REFERENCES inventory.location (id),
      -- Negative only when backordered units were committed before stock arrived.
      on_hand integer NOT NULL DEFAULT 0 CHECK (on_hand BETWEEN -1000000000 AND 1000000000),
      reserved integer NOT NULL DEFAULT 0 CHECK (reserved BETWEEN 0 AND 1000000000),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (item_id, location_id)
    );
    CREATE INDEX stock_level_location_idx ON inventory.stock_level (location_id);

    CREATE TABLE inventory.reservation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 1 AND 200),
      -- What the request meant (summed lines and options): the same key with another meaning is refused.
      fingerprint text NOT NULL,
      reference text CHECK (length(reference) <= 200),
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'committed', 'released', 'expired')),
      -- The summed request, untracked SKUs included (they hold no stock but belong to the reservation).
      requested jsonb NOT NULL,
      expires_at timestamptz NOT NULL,
      actor text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      closed_reason text CHECK (length(closed_reason) <= 200)
    );
    CREATE INDEX reservation_expiry_idx ON inventory.reservation (expires_at) WHERE status = 'active';
    CREATE INDEX reservation_reference_idx ON inventory.reservation (reference) WHERE reference IS NOT NULL;

    CREATE TABLE inventory.reservation_line (
      reservation_id uuid NOT NULL REFERENCES inventory.reservation (id),
      item_id bigint NOT NULL REFERENCES inventory.item (id),
      location_id uuid NOT NULL REFERENCES inventory.location (id),
      quantity integer NOT NULL CHECK (quantity > 0),
      backordered integer NOT NULL DEFAULT 0 CHECK (backordered BETWEEN 0 AND quantity),
      restocked integer NOT NULL DEFAULT 0 CHECK (restocked BETWEEN 0 AND quantity),
      PRIMARY KEY (reservation_id, item_id, location_id)
    );
    CREATE INDEX reservation_line_item_idx ON inventory.reservation_line (item_id);

    CREATE TABLE inventory.restock (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      reservation_id uuid NOT NULL REFERENCES inventory.reservation (id),
      idempotency_key text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 1 AND 200),
      fingerprint text NOT NULL,
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
      lines jsonb NOT NULL,
      actor text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE inventory.movement (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      item_id bigint NOT NULL REFERENCES inventory.item (id),
      location_id uuid NOT NULL REFERENCES inventory.location (id),
      kind text NOT NULL CHECK (kind IN ('adjustment', 'reservation', 'release', 'commitment', 'restock', 'transfer_out', 'transfer_in')),
      on_hand_delta integer NOT NULL,
      reserved_delta integer NOT NULL,
      reason text CHECK (length(reason) <= 200),
      note text CHECK (length(note) <= 500),
      actor text NOT NULL,
      actor_label text,
      reference text CHECK (length(reference) <= 200),
      occurred_at timestamptz NOT NULL DEFAULT clock_timestamp()
    );
    CREATE INDEX movement_item_idx ON inventory.movement (item_id, id DESC);

    -- The ledger is the audit trail levels are checked against: rows are never changed or removed.
    CREATE FUNCTION inventory.refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'inventory.movement is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER movement_append_only BEFORE UPDATE OR DELETE ON inventory.movement
      FOR EACH ROW EXECUTE FUNCTION inventory.refuse_ledger_change();
    CREATE TRIGGER movement_no_truncate BEFORE TRUNCATE ON inventory.movement
      FOR EACH STATEMENT EXECUTE FUNCTION inventory.refuse_ledger_change();

    -- Current alerts (low or out of stock), kept from inventory.availability-changed events.
    CREATE TABLE inventory.stock_alert (
      item_id bigint PRIMARY KEY REFERENCES inventory.item (id),
      status text NOT NULL CHECK (status IN ('low_stock', 'out_of_stock')),
      available integer NOT NULL,
      raised_at timestamptz NOT NULL,
      changed_at timestamptz NOT NULL
    );
    CREATE INDEX stock_alert_raised_idx ON inventory.stock_alert (raised_at DESC, item_id);
    -- When each SKU's last status change happened: older events arriving late are ignored.
    CREATE TABLE inventory.stock_status_seen (
      item_id bigint PRIMARY KEY REFERENCES inventory.item (id),
      changed_at timestamptz NOT NULL
    );
  `.execute(db);
}
