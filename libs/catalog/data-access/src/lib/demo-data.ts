import type { Database } from '@emporium/platform-db';
import { generateCatalog, loadGeneratedCatalog } from './generated-catalog';
import { seedDemoCatalog } from './seed';

export interface DemoCatalogOptions {
  /** `generated`: a deterministic catalog of `size` products; `curated`: the 24 hand-made demo products. */
  readonly kind: 'generated' | 'curated';
  readonly size: number;
}

/** The seed every generated demo uses, so every install shows the same shop. */
const DEMO_SEED = 42;

/** Fills an empty catalog with demo data, once; a catalog with products is left alone. */
export async function seedDemoData(db: Database, options: DemoCatalogOptions): Promise<{ inserted: number }> {
  if (options.kind === 'curated') return seedDemoCatalog(db);
  const loaded = await loadGeneratedCatalog(db, generateCatalog({ seed: DEMO_SEED, products: options.size }), { onlyIfEmpty: true });
  return { inserted: loaded.products };
}
