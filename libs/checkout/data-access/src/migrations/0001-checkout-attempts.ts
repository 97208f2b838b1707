import { type Kysely, sql } from 'kysely';

/**
 * The checkout's attempts: one row per attempt token (cart, contents, sequence), holding what the shopper asked
 * (addresses, delivery, the priced snapshot) and the saga's state, saved after every step. `version` makes each save
 * conditional on the state it was computed from, so the live request and the recovery sweep can never both move
 * one attempt. `lease_until` is how long the live request keeps the sweep away.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE storefront.checkout_attempt (
      token text PRIMARY KEY CHECK (length(token) BETWEEN 1 AND 300),
      cart_id uuid NOT NULL,
      fingerprint text NOT NULL CHECK (length(fingerprint) BETWEEN 1 AND 100),
      sequence integer NOT NULL CHECK (sequence >= 1),
      -- The shopper's key to this attempt and, for a guest, to the order it becomes (the order keeps only its hash).
      access_token text NOT NULL CHECK (length(access_token) BETWEEN 32 AND 128),
      customer_id uuid,
      -- The saga's status, copied from state for the sweep's index.
      status text NOT NULL CHECK (status IN ('running', 'waiting_for_shopper', 'completed', 'compensating', 'failed')),
      state jsonb NOT NULL CHECK (jsonb_typeof(state) = 'object'),
      request jsonb NOT NULL CHECK (jsonb_typeof(request) = 'object'),
      -- The attempt's payment, once created, and the payer's secret for the card form while the shopper pays (never
      -- logged, dropped once the saga ends).
      payment_id uuid,
      payment_secret text,
      version integer NOT NULL DEFAULT 1,
      lease_until timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (cart_id, fingerprint, sequence)
    );
    CREATE INDEX checkout_attempt_unfinished_idx ON storefront.checkout_attempt (updated_at) WHERE status IN ('running', 'waiting_for_shopper', 'compensating');
  `.execute(db);
}
