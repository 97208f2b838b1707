import { type Kysely, sql } from 'kysely';

/**
 * What the order service needs beyond the order record: the checkout's stock reservation (to restock on cancel and
 * return), the guest access token's hash (the token itself is handed out once and never stored), the shop's URL at
 * the time (links in e-mails sent later by event handlers), whether the confirmation was queued, a counter that
 * numbers the payment calls' idempotency keys, and the fulfilments: which lines left in which shipment, with its
 * carrier, tracking number and progress.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE "order".orders
      ADD COLUMN reservation_id uuid,
      -- sha256 of the access token, lower-case hex.
      ADD COLUMN access_token_hash text CHECK (access_token_hash IS NULL OR access_token_hash ~ '^[0-9a-f]{64}$'),
      ADD COLUMN public_url text CHECK (public_url IS NULL OR length(public_url) BETWEEN 1 AND 500),
      ADD COLUMN confirmation_queued_at timestamptz,
      -- Each payment call of the order takes the next value in its idempotency key, inside the transaction that
      -- records its outcome: a rolled-back attempt retries with the same key, so the payment service replays it.
      ADD COLUMN payment_seq integer NOT NULL DEFAULT 0 CHECK (payment_seq >= 0);

    CREATE TABLE "order".fulfilment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      order_id uuid NOT NULL REFERENCES "order".orders (id),
      -- The shipping service's shipment: a reference, never a foreign key.
      shipment_id uuid NOT NULL UNIQUE,
      -- [{ lineId, quantity }] of this order's lines.
      lines jsonb NOT NULL CHECK (jsonb_typeof(lines) = 'array' AND jsonb_array_length(lines) >= 1),
      carrier text NOT NULL CHECK (length(carrier) BETWEEN 1 AND 100),
      service text NOT NULL CHECK (length(service) BETWEEN 1 AND 100),
      tracking_number text CHECK (tracking_number IS NULL OR length(tracking_number) BETWEEN 1 AND 100),
      status text NOT NULL DEFAULT 'label_purchased' CHECK (status IN ('label_purchased', 'shipped', 'delivered')),
      created_by text NOT NULL CHECK (length(created_by) BETWEEN 1 AND 200),
      created_at timestamptz NOT NULL DEFAULT now(),
      shipped_at timestamptz,
      delivered_at timestamptz,
      CHECK ((status IN ('shipped', 'delivered')) = (shipped_at IS NOT NULL)),
      CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
    );
    CREATE INDEX fulfilment_order_idx ON "order".fulfilment (order_id, created_at);
  `.execute(db);
}
