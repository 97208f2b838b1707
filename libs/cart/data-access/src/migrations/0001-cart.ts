import { type Kysely, sql } from 'kysely';

/**
 * The cart schema: carts (a guest's, found by the hash of its cookie token, or a customer's) with their lines and
 * applied coupon codes; promotions with their coupon codes, batches and redemptions; tax classes, regions and rates;
 * and per-currency settings (tax mode, shipping estimate). Users, variants and categories belong to other services:
 * their ids are kept without foreign keys.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE cart.cart (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- Guest carts: SHA-256 of the token in the shopper's cookie (the token itself is never stored).
      token_hash bytea UNIQUE,
      -- Customer carts: the user service's id of the customer.
      user_id uuid,
      status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'merged', 'completed')),
      currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      country char(2) CHECK (country ~ '^[A-Z]{2}$'),
      region text CHECK (length(region) BETWEEN 1 AND 10),
      postal_code text CHECK (length(postal_code) BETWEEN 1 AND 20),
      merged_into uuid REFERENCES cart.cart (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- An active cart belongs to someone: a guest's token or a customer.
      CHECK (status <> 'active' OR token_hash IS NOT NULL OR user_id IS NOT NULL),
      CHECK (region IS NULL OR country IS NOT NULL)
    );
    -- One active cart per customer.
    CREATE UNIQUE INDEX cart_active_customer_key ON cart.cart (user_id) WHERE status = 'active' AND user_id IS NOT NULL;
    -- The expiry sweep reads abandoned guest carts oldest first.
    CREATE INDEX cart_guest_activity_idx ON cart.cart (updated_at) WHERE user_id IS NULL;

    CREATE TABLE cart.cart_line (
      cart_id uuid NOT NULL REFERENCES cart.cart (id) ON DELETE CASCADE,
      variant_id uuid NOT NULL,
      sku text NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
      options jsonb NOT NULL DEFAULT '{}',
      quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
      -- The price snapshot, in the cart's currency.
      unit_amount bigint NOT NULL CHECK (unit_amount >= 0),
      captured_at timestamptz NOT NULL,
      position integer NOT NULL,
      PRIMARY KEY (cart_id, variant_id)
    );

    CREATE TABLE cart.cart_coupon (
      cart_id uuid NOT NULL REFERENCES cart.cart (id) ON DELETE CASCADE,
      code text NOT NULL,
      position integer NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (cart_id, code)
    );

    CREATE TABLE cart.promotion (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
      -- 'code': applies when the shopper enters one of its codes; 'automatic': applies to every cart it fits.
      trigger text NOT NULL CHECK (trigger IN ('code', 'automatic')),
      -- What it takes off (PromotionDiscount); amounts per currency in minor units.
      discount jsonb NOT NULL,
      product_ids uuid[] NOT NULL DEFAULT '{}',
      category_ids uuid[] NOT NULL DEFAULT '{}',
      -- Minimum eligible subtotal per currency in minor units ({} for none).
      minimum_subtotal jsonb NOT NULL DEFAULT '{}',
      starts_at timestamptz,
      ends_at timestamptz,
      usage_limit integer CHECK (usage_limit >= 1),
      per_customer_limit integer CHECK (per_customer_limit >= 1),
      combinable text NOT NULL DEFAULT 'stackable' CHECK (combinable IN ('stackable', 'exclusive')),
      active boolean NOT NULL DEFAULT true,
      used_count integer NOT NULL DEFAULT 0 CHECK (used_count >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ends_at IS NULL OR starts_at IS NULL OR ends_at > starts_at)
    );
    CREATE INDEX promotion_automatic_idx ON cart.promotion (created_at) WHERE trigger = 'automatic' AND active;

    CREATE TABLE cart.coupon_batch (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      promotion_id uuid NOT NULL REFERENCES cart.promotion (id),
      prefix text NOT NULL CHECK (prefix ~ '^[A-Z0-9_-]{0,16}$'),
      size integer NOT NULL CHECK (size BETWEEN 1 AND 10000),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE cart.coupon_code (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      promotion_id uuid NOT NULL REFERENCES cart.promotion (id),
      -- Stored trimmed and upper-case: codes compare without regard to case.
      code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{3,40}$'),
      usage_limit integer CHECK (usage_limit >= 1),
      used_count integer NOT NULL DEFAULT 0,
      batch_id uuid REFERENCES cart.coupon_batch (id),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      -- The database itself refuses a redemption past the limit, whatever the code that counts.
      CHECK (used_count >= 0 AND (usage_limit IS NULL OR used_count <= usage_limit))
    );
    CREATE INDEX coupon_code_promotion_idx ON cart.coupon_code (promotion_id, created_at);
    CREATE INDEX coupon_code_batch_idx ON cart.coupon_code (batch_id) WHERE batch_id IS NOT NULL;

    CREATE TABLE cart.coupon_redemption (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      coupon_code_id uuid NOT NULL REFERENCES cart.coupon_code (id),
      promotion_id uuid NOT NULL REFERENCES cart.promotion (id),
      -- The order (or checkout attempt) it was redeemed for: one redemption per code and order.
      order_ref text NOT NULL CHECK (length(order_ref) BETWEEN 1 AND 200),
      -- The customer's user id, or their lower-cased e-mail for a guest.
      customer_key text CHECK (length(customer_key) BETWEEN 1 AND 320),
      redeemed_at timestamptz NOT NULL DEFAULT now(),
      released_at timestamptz,
      UNIQUE (coupon_code_id, order_ref)
    );
    CREATE INDEX coupon_redemption_customer_idx ON cart.coupon_redemption (promotion_id, customer_key) WHERE released_at IS NULL;

    CREATE TABLE cart.tax_class (
      code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_-]{0,31}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      created_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE cart.tax_region (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      country char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
      -- A subdivision (US state, Canadian province…); null for the whole country.
      region text CHECK (region ~ '^[A-Z0-9]{1,10}$'),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX tax_region_place_key ON cart.tax_region (country, coalesce(region, ''));

    CREATE TABLE cart.tax_rate (
      region_id uuid NOT NULL REFERENCES cart.tax_region (id) ON DELETE CASCADE,
      tax_class text NOT NULL REFERENCES cart.tax_class (code),
      -- Basis points: 2000 = 20 %.
      basis_points integer NOT NULL CHECK (basis_points BETWEEN 0 AND 10000),
      label text NOT NULL DEFAULT 'Tax' CHECK (length(label) BETWEEN 1 AND 60),
      PRIMARY KEY (region_id, tax_class)
    );

    -- rate-limiter-flexible's layout: failed coupon guesses per client address, shared by every API process.
    CREATE TABLE cart.rate_limit (
      key varchar(255) PRIMARY KEY,
      points integer NOT NULL DEFAULT 0,
      expire bigint
    );

    CREATE TABLE cart.currency_setting (
      currency char(3) PRIMARY KEY CHECK (currency ~ '^[A-Z]{3}$'),
      -- 'inclusive': catalog prices in this currency contain tax (EU style); 'exclusive': tax is added (US style).
      tax_mode text NOT NULL CHECK (tax_mode IN ('inclusive', 'exclusive')),
      rounding text NOT NULL DEFAULT 'half-up' CHECK (rounding IN ('half-up', 'half-even')),
      -- Where tax is estimated for a cart without a destination.
      default_country char(2) NOT NULL CHECK (default_country ~ '^[A-Z]{2}$'),
      -- The shipping estimate shown in the cart (minor units) and the subtotal from which it is free (null: never).
      shipping_estimate bigint NOT NULL DEFAULT 0 CHECK (shipping_estimate >= 0),
      free_shipping_from bigint CHECK (free_shipping_from >= 0),
      shipping_tax_class text NOT NULL DEFAULT 'standard' REFERENCES cart.tax_class (code),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}
