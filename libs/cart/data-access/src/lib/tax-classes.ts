import { sql } from 'kysely';
import { type Database, type DbTransaction, isUniqueViolation } from '@emporium/platform-db';
import type { CartStoreResult } from './store-result';
import type { TaxSettingsFailure } from './tax-failure';

/** What a product or the shipping is taxed as (standard, reduced, zero…); each tax region gives every class a rate. */
export interface TaxClassView {
  readonly code: string;
  readonly name: string;
}

export async function listTaxClasses(db: Database | DbTransaction): Promise<TaxClassView[]> {
  const { rows } = await sql<{ code: string; name: string }>`SELECT code, name FROM cart.tax_class ORDER BY code`.execute(db);
  return rows.map((row) => ({ code: row.code, name: row.name }));
}

export async function createTaxClass(
  db: Database | DbTransaction,
  taxClass: TaxClassView,
): Promise<CartStoreResult<TaxClassView, Extract<TaxSettingsFailure, { type: 'TaxClassTaken' }>>> {
  try {
    await sql`INSERT INTO cart.tax_class (code, name) VALUES (${taxClass.code}, ${taxClass.name})`.execute(db);
    return { ok: true, value: { code: taxClass.code, name: taxClass.name } };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: { type: 'TaxClassTaken', code: taxClass.code } };
    throw error;
  }
}

/** The first of `codes` that names no tax class, with its index; null when all exist. */
export async function firstUnknownTaxClass(db: Database | DbTransaction, codes: readonly string[]): Promise<{ code: string; index: number } | null> {
  if (codes.length === 0) return null;
  const { rows } = await sql<{ code: string }>`SELECT code FROM cart.tax_class WHERE code = ANY(${[...new Set(codes)]}::text[])`.execute(db);
  const known = new Set(rows.map((row) => row.code));
  const index = codes.findIndex((code) => !known.has(code));
  const code = codes[index];
  return code === undefined ? null : { code, index };
}
