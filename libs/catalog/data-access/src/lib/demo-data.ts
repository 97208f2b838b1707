import type { Database } from '@emporium/platform-db';
import { generateCatalog, loadGeneratedCatalog } from './generated-catalog';
import { seedDemoCatalog } from './seed';
import type { SkuEventPublisher } from './sku-events';

export interface DemoCatalogOptions {
  /** `generated`: a deterministic catalog of `size` products; `curated`: the 24 hand-made demo products. */
  readonly kind: 'generated' | 'curated';
  readonly size: number;
}

/** The seed every generated demo uses, so every install shows the same shop. */
const DEMO_SEED = 42;

/**
 * Fills an empty catalog with demo data, once; a catalog with products is left alone. With an event bus, the seed
 * tells the inventory (`catalog.skus-registered`) what it inserted and which SKUs start sold out.
 */
export async function seedDemoData(db: Database, options: DemoCatalogOptions, events?: SkuEventPublisher): Promise<{ inserted: number }> {
  if (options.kind === 'curated') return seedDemoCatalog(db, events);
  const loaded = await loadGeneratedCatalog(db, generateCatalog({ seed: DEMO_SEED, products: options.size }), { onlyIfEmpty: true, events });
  return { inserted: loaded.products };
}
