import type { StockFact } from '@emporium/cart-domain';
import type { CatalogService } from '@emporium/catalog-api';
import type { InventoryService } from '@emporium/inventory-api';
import type { CurrencyCode, Money } from '@emporium/money';
import type { RequestContext } from '@emporium/platform-trpc';

/** What the catalog tells the cart about one variant, priced in the currency asked for. */
export interface VariantFacts {
  readonly variantId: string;
  readonly productId: string;
  readonly productSlug: string;
  readonly sku: string;
  readonly title: string;
  readonly options: Readonly<Record<string, string>>;
  readonly variantStatus: 'active' | 'archived';
  readonly productStatus: 'draft' | 'active' | 'archived';
  readonly price: Money | null;
  readonly categoryIds: readonly string[];
  readonly taxClass: string;
  readonly image: { readonly url: string; readonly alt: string } | null;
}

/** The catalog answers at most this many variants per call. */
const LOOKUP_BATCH = 100;

/**
 * Current facts about the variants, from the catalog service (in-process or over HTTP): the only source of prices.
 * Variants the catalog does not know are absent.
 */
export async function lookupVariants(ctx: RequestContext, variantIds: readonly string[], currency: CurrencyCode): Promise<Map<string, VariantFacts>> {
  const unique = [...new Set(variantIds)];
  const facts = new Map<string, VariantFacts>();
  if (unique.length === 0) return facts;
  const catalog = ctx.services.client<CatalogService>('catalog');
  const batches: string[][] = [];
  for (let start = 0; start < unique.length; start += LOOKUP_BATCH) batches.push(unique.slice(start, start + LOOKUP_BATCH));
  const answers = await Promise.all(batches.map((batch) => catalog.variants.lookup.query({ variantIds: batch, currency })));
  for (const answer of answers) {
    for (const variant of answer.variants) facts.set(variant.variantId, { ...variant, price: variant.price && { amount: variant.price.amount, currency: variant.price.currency as CurrencyCode } });
  }
  return facts;
}

/**
 * Units the inventory can still sell per SKU: the soft check at add and the flags on the cart page. The inventory
 * has the final word at checkout (its reservation), so when it cannot be asked the cart goes on without (unknown).
 */
export async function stockOf(ctx: RequestContext, skus: readonly string[]): Promise<StockFact[]> {
  if (skus.length === 0) return [];
  try {
    const answer = await ctx.services.client<InventoryService>('inventory').availability.query({ skus: [...new Set(skus)].slice(0, 250) });
    return answer.skus.map((entry) => ({ sku: entry.sku, available: entry.allowBackorder ? null : entry.available }));
  } catch (error) {
    ctx.logger.warn({ err: error }, 'inventory availability unavailable; the cart goes on without it');
    return [];
  }
}
