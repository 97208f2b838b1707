import { type Kysely, sql } from 'kysely';

/**
 * The payment schema: payments (one per checkout attempt, tied to its reference), every gateway call as an attempt
 * written BEFORE the call with its idempotency key and settled AFTER it, an append-only ledger of the money that moved
 * (authorisations, each capture, each refund, voids and expiries — the amounts are derived from it, never stored
 * twice), and the gateways' webhook events, one row per event id however often it is delivered.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE payment.payment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The checkout or order this pays for, and the caller's key: the same key answers the same payment.
      reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 120),
      creation_key text NOT NULL UNIQUE CHECK (length(creation_key) BETWEEN 1 AND 200),
      gateway text NOT NULL CHECK (gateway ~ '^[a-z][a-z0-9-]{0,39}$'),
      -- The gateway's intent, once created (creating one moves no money).
      intent_id text,
      status text NOT NULL DEFAULT 'requires_payment_method' CHECK (status IN ('requires_payment_method', 'requires_action', 'authorized',
        'partially_captured', 'captured', 'partially_refunded', 'refunded', 'cancelled', 'failed', 'expired')),
      amount bigint NOT NULL CHECK (amount > 0),
      currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      -- Who may see and pay it: a signed-in customer, and whoever holds the client secret (its SHA-256 only).
      customer_id uuid,
      client_secret_hash bytea NOT NULL,
      return_url text NOT NULL,
      -- What the shopper may see of the card (brand, last 4, expiry), the last decline, the challenge to complete.
      card jsonb,
      failure jsonb,
      next_action jsonb,
      authorized_at timestamptz,
      -- Set when the ledger and the gateway disagree in a way no rule explains: a person looks.
      needs_review text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (gateway, intent_id)
    );
    CREATE INDEX payment_reference_idx ON payment.payment (reference);
    CREATE INDEX payment_status_idx ON payment.payment (status, created_at DESC);
    CREATE INDEX payment_authorized_idx ON payment.payment (authorized_at) WHERE status IN ('authorized', 'partially_captured');

    CREATE TABLE payment.attempt (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      payment_id uuid NOT NULL REFERENCES payment.payment (id),
      operation text NOT NULL CHECK (operation IN ('create', 'authorize', 'confirm', 'capture', 'void', 'refund')),
      sequence integer NOT NULL CHECK (sequence >= 1),
      idempotency_key text NOT NULL UNIQUE,
      amount bigint CHECK (amount > 0),
      reason text CHECK (length(reason) BETWEEN 1 AND 500),
      outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'succeeded', 'failed', 'unknown')),
      error text,
      actor text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      settled_at timestamptz,
      UNIQUE (payment_id, operation, sequence)
    );
    -- The reconciliation job's work list.
    CREATE INDEX attempt_unsettled_idx ON payment.attempt (created_at) WHERE outcome IN ('pending', 'unknown');

    CREATE TABLE payment.ledger_entry (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      payment_id uuid NOT NULL REFERENCES payment.payment (id),
      kind text NOT NULL CHECK (kind IN ('authorization', 'capture', 'refund', 'void', 'authorization_expired')),
      amount bigint NOT NULL CHECK (amount >= 0),
      -- What moved it: the attempt's idempotency key, or the webhook event's id. One effect is recorded once.
      reference text NOT NULL,
      -- A capture that closed the authorisation (gateways that capture once release the rest).
      final boolean NOT NULL DEFAULT false,
      reason text,
      gateway_ref text,
      at timestamptz NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (payment_id, kind, reference)
    );

    -- Append-only: money that moved is never edited or forgotten.
    CREATE FUNCTION payment.ledger_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'payment.ledger_entry is append-only';
    END $$;
    CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON payment.ledger_entry
      FOR EACH ROW EXECUTE FUNCTION payment.ledger_is_append_only();

    CREATE TABLE payment.webhook_event (
      gateway text NOT NULL,
      event_id text NOT NULL,
      type text NOT NULL,
      payment_id uuid REFERENCES payment.payment (id),
      received_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (gateway, event_id)
    );
  `.execute(db);
}
