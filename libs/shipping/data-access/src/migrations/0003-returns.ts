import { type Kysely, sql } from 'kysely';

/**
 * The shipping schema, third part: return shipments, and the inventory location a shipment leaves from (or a return
 * goes back to). A return is a shipment of its own — its own label, tracking and status — that points at the outbound
 * shipment it brings lines back from. The location is the inventory service's id, kept as a reference only: this
 * schema never joins another service's tables. Also the counters of failed public tracking lookups per client.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE shipping.shipment
      ADD COLUMN kind text NOT NULL DEFAULT 'outbound' CHECK (kind IN ('outbound', 'return')),
      ADD COLUMN return_of uuid REFERENCES shipping.shipment (id),
      ADD COLUMN return_reason text CHECK (length(return_reason) BETWEEN 1 AND 500),
      ADD COLUMN location_id uuid,
      ADD CONSTRAINT shipment_return_has_origin CHECK ((kind = 'return') = (return_of IS NOT NULL)),
      ADD CONSTRAINT shipment_reason_only_on_returns CHECK (kind = 'return' OR return_reason IS NULL);
    CREATE INDEX shipment_return_of_idx ON shipping.shipment (return_of) WHERE return_of IS NOT NULL;

    -- rate-limiter-flexible's layout: failed tracking lookups per client address, shared by every API process.
    CREATE TABLE shipping.rate_limit (
      key varchar(255) PRIMARY KEY,
      points integer NOT NULL DEFAULT 0,
      expire bigint
    );
  `.execute(db);
}
