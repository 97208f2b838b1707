import { type Kysely, sql } from 'kysely';

/**
 * The shipping schema, first part: the merchant's zones (countries, optionally regions and postcode patterns) and the
 * methods offered in each, with their prices per currency as the shipping domain defines them (`MethodPricing`,
 * kept as JSON and validated by the domain on every save).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE shipping.zone (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      countries text[] NOT NULL CHECK (cardinality(countries) BETWEEN 1 AND 250),
      -- Country → region codes the zone is limited to there ({} for whole countries).
      regions jsonb NOT NULL DEFAULT '{}',
      postcode_patterns text[] NOT NULL DEFAULT '{}',
      priority integer NOT NULL DEFAULT 0 CHECK (priority BETWEEN -1000 AND 1000),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX zone_name_key ON shipping.zone (lower(name));

    CREATE TABLE shipping.method (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      zone_id uuid NOT NULL REFERENCES shipping.zone (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      carrier text NOT NULL CHECK (carrier ~ '^[a-z][a-z0-9-]{0,39}$'),
      service text NOT NULL CHECK (length(service) BETWEEN 1 AND 60),
      -- A MethodPricing (flat, weight bands or price bands, amounts per currency in minor units).
      pricing jsonb NOT NULL,
      -- Currency → subtotal from which the method is free ({} for never).
      free_from jsonb NOT NULL DEFAULT '{}',
      min_days integer NOT NULL CHECK (min_days BETWEEN 0 AND 365),
      max_days integer NOT NULL CHECK (max_days BETWEEN 0 AND 365),
      active boolean NOT NULL DEFAULT true,
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (max_days >= min_days)
    );
    CREATE INDEX method_zone_idx ON shipping.method (zone_id, position);
  `.execute(db);
}
