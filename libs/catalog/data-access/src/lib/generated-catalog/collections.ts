import type { Random } from './prng';
import type { GeneratedCollection, GeneratedProduct } from './types';

/** Lowest US price of a product's variants, in cents. */
function usdFrom(product: GeneratedProduct): number {
  return Math.min(...product.variants.map((variant) => variant.prices.find((price) => price.currency === 'USD')?.amount ?? Number.POSITIVE_INFINITY));
}

const onSale = (product: GeneratedProduct) => product.variants.some((variant) => variant.prices.some((price) => price.compareAtAmount !== null));
const materialMatches = (pattern: RegExp) => (product: GeneratedProduct) =>
  product.attributes.some((attribute) => attribute.name === 'Material' && pattern.test(attribute.value));

/**
 * A handful of collections a merchandiser would put together: the newest arrivals, gifts in a sensible price band,
 * what is on sale, a kitchen edit, warm things for winter, linen for summer, and a few picks. Active products only.
 */
export function curateCollections(random: Random, products: readonly GeneratedProduct[], departmentOf: (leafSlug: string) => string): GeneratedCollection[] {
  const active = products.filter((product) => product.status === 'active');
  const department = (product: GeneratedProduct) => departmentOf(product.categorySlugs[0] ?? '');
  const pick = (candidates: readonly GeneratedProduct[], count: number) => random.sample(candidates, count).map((product) => product.slug);

  const newest = [...active].sort((a, b) => a.ageMinutes - b.ageMinutes).slice(0, 24);
  return [
    {
      slug: 'new-arrivals',
      title: 'New arrivals',
      description: 'Just landed: the latest additions to the shop, newest first.',
      productSlugs: newest.map((product) => product.slug),
    },
    {
      slug: 'gift-ideas',
      title: 'Gift ideas',
      description: 'Thoughtful things between $25 and $90 that are easy to give and hard to get wrong.',
      productSlugs: pick(active.filter((product) => ['accessories', 'home'].includes(department(product)) && usdFrom(product) >= 2500 && usdFrom(product) <= 9000), 24),
    },
    {
      slug: 'on-sale',
      title: 'On sale',
      description: 'Marked down for a limited time, while sizes last.',
      productSlugs: pick(active.filter(onSale), 36),
    },
    {
      slug: 'kitchen-essentials',
      title: 'Kitchen essentials',
      description: 'The pans, knives, boards and brewers we reach for every day.',
      productSlugs: pick(active.filter((product) => product.categorySlugs.some((slug) => ['cookware', 'knives', 'boards-and-utensils', 'coffee-and-tea'].includes(slug))), 16),
    },
    {
      slug: 'winter-warmers',
      title: 'Winter warmers',
      description: 'Wool, cashmere, fleece and down for the coldest days.',
      productSlugs: pick(active.filter(materialMatches(/wool|cashmere|alpaca|fleece|down|flannel|mohair/i)), 24),
    },
    {
      slug: 'the-linen-edit',
      title: 'The linen edit',
      description: 'Cool, breathable linen for warm days and summer nights, from shirts to sheets.',
      productSlugs: pick(active.filter(materialMatches(/linen/i)), 20),
    },
    {
      slug: 'staff-picks',
      title: 'Staff picks',
      description: 'What the team is wearing, cooking with and giving this season.',
      productSlugs: pick(active, 12),
    },
  ];
}
