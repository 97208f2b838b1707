import { type Kysely, sql } from 'kysely';
import { type Database, type DbTransaction, inTransaction, isUniqueViolation } from '@emporium/platform-db';
import { type CartStoreResult, refusable, refuse } from './store-result';
import { firstUnknownTaxClass } from './tax-classes';
import type { TaxSettingsFailure } from './tax-failure';

export interface TaxRateFields {
  readonly taxClass: string;
  /** 2000 = 20 %. */
  readonly basisPoints: number;
  /** What the shopper reads on the tax line: VAT, Sales tax… */
  readonly label: string;
}

export interface TaxRegionFields {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string;
  /** A subdivision (US state…), upper case; null for the whole country. */
  readonly region: string | null;
  readonly name: string;
  /** Saving replaces all the region's rates with these. */
  readonly rates: readonly TaxRateFields[];
}

export interface TaxRegionView extends TaxRegionFields {
  readonly id: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A rate as pricing reads it (assignable to `TaxRate` of @emporium/pricing), with the label for the tax line. */
export interface TaxRateRecord {
  readonly country: string;
  readonly region?: string;
  readonly taxClass: string;
  readonly basisPoints: number;
  readonly label: string;
}

type Executor = Database | DbTransaction;
type SaveFailure = Extract<TaxSettingsFailure, { type: 'TaxRegionTaken' | 'UnknownTaxClass' | 'UnknownTaxRegion' }>;

interface RegionRow {
  id: string;
  country: string;
  region: string | null;
  name: string;
  created_at: Date;
  updated_at: Date;
  rates: Array<{ tax_class: string; basis_points: number; label: string }>;
}

const selectRegions = (where: ReturnType<typeof sql>) => sql<RegionRow>`
  SELECT g.id, g.country, g.region, g.name, g.created_at, g.updated_at,
    coalesce((SELECT json_agg(json_build_object('tax_class', r.tax_class, 'basis_points', r.basis_points, 'label', r.label) ORDER BY r.tax_class)
              FROM cart.tax_rate r WHERE r.region_id = g.id), '[]') AS rates
  FROM cart.tax_region g WHERE ${where}
  ORDER BY g.country, g.region NULLS FIRST`;

/** Every region with its rates: by country, the country-wide one before its subdivisions. */
export async function listTaxRegions(db: Executor): Promise<TaxRegionView[]> {
  const { rows } = await selectRegions(sql`true`).execute(db);
  return rows.map(toRegionView);
}

/**
 * Creates a region (no `id`) or changes one, and replaces its rates, in one transaction: a refusal leaves the region
 * and its rates as they were.
 */
export function saveTaxRegion(db: Database, fields: TaxRegionFields & { readonly id?: string | undefined }): Promise<CartStoreResult<TaxRegionView, SaveFailure>> {
  return refusable(() =>
    inTransaction(db, async (trx) => {
      const unknown = await firstUnknownTaxClass(
        trx,
        fields.rates.map((rate) => rate.taxClass),
      );
      if (unknown) refuse<SaveFailure>({ type: 'UnknownTaxClass', taxClass: unknown.code, rateIndex: unknown.index });
      const id = await writeRegion(trx, fields);
      await sql`DELETE FROM cart.tax_rate WHERE region_id = ${id}::uuid`.execute(trx);
      if (fields.rates.length > 0) {
        await sql`
          INSERT INTO cart.tax_rate (region_id, tax_class, basis_points, label)
          SELECT ${id}::uuid, tax_class, basis_points, label
          FROM unnest(${fields.rates.map((rate) => rate.taxClass)}::text[], ${fields.rates.map((rate) => rate.basisPoints)}::int[], ${fields.rates.map((rate) => rate.label)}::text[])
            AS rate(tax_class, basis_points, label)`.execute(trx);
      }
      const { rows } = await selectRegions(sql`g.id = ${id}::uuid`).execute(trx);
      const [row] = rows;
      if (!row) throw new Error(`tax region ${id} vanished`);
      return toRegionView(row);
    }),
  );
}

async function writeRegion(trx: DbTransaction, fields: TaxRegionFields & { readonly id?: string | undefined }): Promise<string> {
  try {
    if (fields.id === undefined) {
      const { rows } = await sql<{ id: string }>`
        INSERT INTO cart.tax_region (country, region, name) VALUES (${fields.country}, ${fields.region}, ${fields.name}) RETURNING id`.execute(trx);
      const [row] = rows;
      if (!row) throw new Error('insert returned no row');
      return row.id;
    }
    const { rows } = await sql<{ id: string }>`
      UPDATE cart.tax_region SET country = ${fields.country}, region = ${fields.region}, name = ${fields.name}, updated_at = now()
      WHERE id = ${fields.id}::uuid RETURNING id`.execute(trx);
    return rows[0]?.id ?? refuse<SaveFailure>({ type: 'UnknownTaxRegion', regionId: fields.id });
  } catch (error) {
    if (isUniqueViolation(error)) refuse<SaveFailure>({ type: 'TaxRegionTaken', country: fields.country, region: fields.region });
    throw error;
  }
}

/** Removes a region and its rates. */
export async function deleteTaxRegion(db: Executor, id: string): Promise<CartStoreResult<{ readonly id: string }, Extract<TaxSettingsFailure, { type: 'UnknownTaxRegion' }>>> {
  const { rows } = await sql<{ id: string }>`DELETE FROM cart.tax_region WHERE id = ${id}::uuid RETURNING id`.execute(db);
  return rows.length > 0 ? { ok: true, value: { id } } : { ok: false, error: { type: 'UnknownTaxRegion', regionId: id } };
}

/** Every rate of every region of that country (country-wide ones without `region`): pricing picks the one that applies. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function taxRatesFor(db: Database | Kysely<any>, country: string): Promise<TaxRateRecord[]> {
  const { rows } = await sql<{ country: string; region: string | null; tax_class: string; basis_points: number; label: string }>`
    SELECT g.country, g.region, r.tax_class, r.basis_points, r.label
    FROM cart.tax_region g JOIN cart.tax_rate r ON r.region_id = g.id
    WHERE g.country = ${country.trim().toUpperCase()}
    ORDER BY g.region NULLS FIRST, r.tax_class`.execute(db);
  return rows.map((row) => ({
    country: row.country,
    ...(row.region === null ? {} : { region: row.region }),
    taxClass: row.tax_class,
    basisPoints: row.basis_points,
    label: row.label,
  }));
}

function toRegionView(row: RegionRow): TaxRegionView {
  return {
    id: row.id,
    country: row.country,
    region: row.region,
    name: row.name,
    rates: row.rates.map((rate) => ({ taxClass: rate.tax_class, basisPoints: rate.basis_points, label: rate.label })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
