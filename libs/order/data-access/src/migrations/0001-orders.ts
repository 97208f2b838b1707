import { type Kysely, sql } from 'kysely';

/**
 * The order schema: orders (one per checkout attempt, numbered from a sequence with the domain's check digit), the
 * snapshot of the priced cart they were bought from (jsonb, copied once and never recomputed), one row per line with
 * the unit counts the domain derives every status from, an append-only timeline of what happened, staff notes and
 * return requests. Statuses are never stored: they follow from the line counts, `cancelled_at` and the payment
 * service's amounts (which are not kept here — `payment_id` is a reference only).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE SEQUENCE "order".order_number_seq START WITH 1001 MINVALUE 1;

    CREATE TABLE "order".orders (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The sequence value, a dash and its Damm check digit (formatOrderNumber in @emporium/order-domain).
      number text NOT NULL UNIQUE CHECK (number ~ '^[1-9][0-9]{0,15}-[0-9]$'),
      -- The checkout's attempt token: one order per attempt, so a retried or doubled submission finds the first one.
      checkout_attempt text NOT NULL UNIQUE CHECK (length(checkout_attempt) BETWEEN 1 AND 200),
      -- Null for a guest; every order has an e-mail to write to.
      customer_id uuid,
      email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320 AND position('@' IN email) > 1),
      -- Null when nothing is shipped (no shipping method).
      shipping_address jsonb CHECK (shipping_address IS NULL OR jsonb_typeof(shipping_address) = 'object'),
      billing_address jsonb NOT NULL CHECK (jsonb_typeof(billing_address) = 'object'),
      currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      -- The order-domain OrderSnapshot, exactly as built from the priced cart (lines, discounts, taxes, shipping, totals).
      snapshot jsonb NOT NULL CHECK (jsonb_typeof(snapshot) = 'object' AND snapshot->>'currency' = currency),
      -- Copies of the snapshot's totals, for listing and filtering without opening the jsonb.
      subtotal bigint NOT NULL CHECK (subtotal >= 0),
      discount_total bigint NOT NULL CHECK (discount_total >= 0),
      shipping_total bigint NOT NULL CHECK (shipping_total >= 0),
      tax_total bigint NOT NULL CHECK (tax_total >= 0),
      grand_total bigint NOT NULL CHECK (grand_total >= 0),
      -- The payment service's id: a reference, never a foreign key (another service's schema).
      payment_id uuid,
      cancelled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (updated_at >= created_at),
      CHECK (cancelled_at IS NULL OR cancelled_at >= created_at)
    );
    CREATE INDEX orders_created_idx ON "order".orders (created_at DESC, id);
    CREATE INDEX orders_customer_idx ON "order".orders (customer_id, created_at DESC) WHERE customer_id IS NOT NULL;
    CREATE INDEX orders_email_idx ON "order".orders (lower(email));
    CREATE INDEX orders_payment_idx ON "order".orders (payment_id) WHERE payment_id IS NOT NULL;

    CREATE TABLE "order".order_line (
      order_id uuid NOT NULL REFERENCES "order".orders (id),
      -- The cart line's id, as in the snapshot.
      line_id text NOT NULL CHECK (length(line_id) BETWEEN 1 AND 100),
      position integer NOT NULL CHECK (position >= 0),
      product_id text NOT NULL,
      sku text NOT NULL CHECK (length(sku) BETWEEN 1 AND 100),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
      options jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(options) = 'array'),
      quantity integer NOT NULL CHECK (quantity > 0),
      unit_price bigint NOT NULL CHECK (unit_price >= 0),
      -- unit_price × quantity, less the line's discounts; tax contained (inclusive) or on top (exclusive).
      line_subtotal bigint NOT NULL CHECK (line_subtotal = unit_price * quantity),
      line_discount bigint NOT NULL CHECK (line_discount >= 0 AND line_discount <= line_subtotal),
      line_total bigint NOT NULL CHECK (line_total = line_subtotal - line_discount),
      line_tax bigint NOT NULL CHECK (line_tax >= 0),
      -- What has happened to the line's units; each count includes the later stages (LineFacts in the domain).
      fulfilled integer NOT NULL DEFAULT 0 CHECK (fulfilled >= 0 AND fulfilled <= quantity),
      shipped integer NOT NULL DEFAULT 0 CHECK (shipped >= 0 AND shipped <= fulfilled),
      delivered integer NOT NULL DEFAULT 0 CHECK (delivered >= 0 AND delivered <= shipped),
      return_requested integer NOT NULL DEFAULT 0 CHECK (return_requested >= 0 AND return_requested <= delivered),
      return_received integer NOT NULL DEFAULT 0 CHECK (return_received >= 0 AND return_received <= return_requested),
      return_refunded integer NOT NULL DEFAULT 0 CHECK (return_refunded >= 0 AND return_refunded <= return_received),
      PRIMARY KEY (order_id, line_id),
      UNIQUE (order_id, position)
    );

    CREATE TABLE "order".timeline (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      order_id uuid NOT NULL REFERENCES "order".orders (id),
      at timestamptz NOT NULL DEFAULT now(),
      -- staff:<user id>, customer:<user id>, shopper, service, job:<name>.
      actor text NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
      kind text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_.]{0,59}$'),
      details jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object')
    );
    CREATE INDEX timeline_order_idx ON "order".timeline (order_id, id);

    -- Append-only: what happened to an order is never edited or forgotten.
    CREATE FUNCTION "order".timeline_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'order.timeline is append-only';
    END $$;
    CREATE TRIGGER timeline_append_only BEFORE UPDATE OR DELETE ON "order".timeline
      FOR EACH ROW EXECUTE FUNCTION "order".timeline_is_append_only();

    CREATE TABLE "order".note (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL REFERENCES "order".orders (id),
      author text NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
      body text NOT NULL CHECK (char_length(body) BETWEEN 1 AND 2000 AND btrim(body) <> ''),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX note_order_idx ON "order".note (order_id, created_at);

    CREATE TABLE "order".return_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL REFERENCES "order".orders (id),
      -- [{ lineId, quantity, reason, note? }], as the domain's ReturnRequestLine.
      lines jsonb NOT NULL CHECK (jsonb_typeof(lines) = 'array' AND jsonb_array_length(lines) >= 1),
      status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'received', 'refunded')),
      requested_by text NOT NULL CHECK (length(requested_by) BETWEEN 1 AND 200),
      -- What was refunded for it, in the order's minor units, once refunded.
      refund_amount bigint CHECK (refund_amount >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      received_at timestamptz,
      refunded_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'requested') = (received_at IS NULL)),
      CHECK ((status = 'refunded') = (refunded_at IS NOT NULL)),
      CHECK ((status = 'refunded') = (refund_amount IS NOT NULL))
    );
    CREATE INDEX return_request_order_idx ON "order".return_request (order_id, created_at);
    CREATE INDEX return_request_open_idx ON "order".return_request (created_at) WHERE status <> 'refunded';
  `.execute(db);
}
