import { type Kysely, sql } from 'kysely';

/**
 * The shipping schema, second part: shipments of an order's lines, their parcels, every label purchase attempt
 * (written before the carrier is called, so a retry after a crash re-uses the same idempotency key), the labels
 * bought, and the carriers' tracking events (one row per carrier event id, however often it is delivered).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE shipping.shipment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_ref text NOT NULL CHECK (length(order_ref) BETWEEN 1 AND 120),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN
        ('pending', 'label_purchased', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned_to_sender', 'cancelled')),
      carrier text NOT NULL CHECK (carrier ~ '^[a-z][a-z0-9-]{0,39}$'),
      service text NOT NULL CHECK (length(service) BETWEEN 1 AND 60),
      ship_from jsonb NOT NULL,
      ship_to jsonb NOT NULL,
      currency char(3) NOT NULL,
      -- The tracking event that decides the status now ({ id, status, occurredAt }), or null: the fold's state.
      decided_event jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      status_changed_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX shipment_order_ref_idx ON shipping.shipment (order_ref);
    CREATE INDEX shipment_status_idx ON shipping.shipment (status, created_at DESC);

    CREATE TABLE shipping.shipment_line (
      shipment_id uuid NOT NULL REFERENCES shipping.shipment (id) ON DELETE CASCADE,
      line_id text NOT NULL CHECK (length(line_id) BETWEEN 1 AND 120),
      sku text NOT NULL CHECK (length(sku) BETWEEN 1 AND 120),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      quantity integer NOT NULL CHECK (quantity > 0),
      unit_weight_grams integer NOT NULL CHECK (unit_weight_grams > 0),
      PRIMARY KEY (shipment_id, line_id)
    );

    CREATE TABLE shipping.parcel (
      shipment_id uuid NOT NULL REFERENCES shipping.shipment (id) ON DELETE CASCADE,
      index integer NOT NULL CHECK (index >= 1),
      weight_grams integer NOT NULL CHECK (weight_grams > 0),
      -- The carrier, copied from the shipment, so a tracking number is unique per carrier.
      carrier text NOT NULL,
      tracking_number text,
      -- The packed lines: [{ lineId, sku, quantity }].
      contents jsonb NOT NULL,
      PRIMARY KEY (shipment_id, index),
      UNIQUE (carrier, tracking_number)
    );

    CREATE TABLE shipping.label_attempt (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      shipment_id uuid NOT NULL REFERENCES shipping.shipment (id) ON DELETE CASCADE,
      attempt_no integer NOT NULL CHECK (attempt_no >= 1),
      idempotency_key text NOT NULL UNIQUE,
      requested_at timestamptz NOT NULL DEFAULT now(),
      outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'succeeded', 'failed', 'unknown')),
      label_id text,
      amount integer,
      currency char(3),
      error text,
      resolved_at timestamptz,
      UNIQUE (shipment_id, attempt_no)
    );

    CREATE TABLE shipping.label (
      shipment_id uuid NOT NULL REFERENCES shipping.shipment (id) ON DELETE CASCADE,
      carrier text NOT NULL,
      label_id text NOT NULL,
      attempt_id uuid NOT NULL REFERENCES shipping.label_attempt (id),
      pdf bytea,
      -- The carrier's LabelDocument, to draw the label again when the carrier sent no PDF.
      document jsonb NOT NULL,
      amount integer NOT NULL,
      currency char(3) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      cancelled_at timestamptz,
      PRIMARY KEY (carrier, label_id)
    );
    -- At most one live label per shipment.
    CREATE UNIQUE INDEX label_live_key ON shipping.label (shipment_id) WHERE cancelled_at IS NULL;

    CREATE TABLE shipping.tracking_event (
      carrier text NOT NULL,
      event_id text NOT NULL,
      shipment_id uuid REFERENCES shipping.shipment (id) ON DELETE CASCADE,
      tracking_number text NOT NULL,
      status text NOT NULL,
      carrier_status text NOT NULL,
      occurred_at timestamptz NOT NULL,
      description text NOT NULL,
      location jsonb,
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (carrier, event_id)
    );
    CREATE INDEX tracking_event_shipment_idx ON shipping.tracking_event (shipment_id, occurred_at);
  `.execute(db);
}
