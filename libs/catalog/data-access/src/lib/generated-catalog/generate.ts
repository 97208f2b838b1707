import { curateCollections } from './collections';
import { type GenerationState, generateProduct, type Placement, type WeightedBrand } from './product';
import { mulberry32 } from './prng';
import { DEPARTMENTS } from './taxonomy';
import type { GenerateCatalogOptions, GeneratedCatalog, GeneratedCategory, GeneratedProduct } from './types';
import { BRANDS } from './vocabulary';

export const MAX_GENERATED_PRODUCTS = 200_000;

function categoryTree(): GeneratedCategory[] {
  const categories: GeneratedCategory[] = [];
  for (const [departmentPosition, department] of DEPARTMENTS.entries()) {
    categories.push({
      slug: department.slug,
      name: department.name,
      description: `Everything in ${department.name.toLowerCase()}: ${department.groups.map((group) => group.name.toLowerCase()).join(', ')}.`,
      parentSlug: null,
      depth: 1,
      position: departmentPosition,
    });
    for (const [groupPosition, group] of department.groups.entries()) {
      categories.push({
        slug: group.slug,
        name: group.name,
        description: `${group.name}: ${group.leaves.map((leaf) => leaf.name.toLowerCase()).join(', ')}.`,
        parentSlug: department.slug,
        depth: 2,
        position: groupPosition,
      });
      for (const [leafPosition, leaf] of group.leaves.entries()) {
        categories.push({
          slug: leaf.slug,
          name: leaf.name,
          description: `Shop ${leaf.name.toLowerCase()} in ${leaf.materials.slice(0, 3).join(', ').toLowerCase()} and more.`,
          parentSlug: group.slug,
          depth: 3,
          position: leafPosition,
        });
      }
    }
  }
  return categories;
}

/**
 * Builds a realistic catalog from a seed: ~50 brands, a department → group → leaf category tree, collections and
 * `products` products with options, variants, USD and EUR prices, attributes and placeholder images. Pure: the
 * same seed and size give a byte-identical result, and the first N products are the same whatever the size.
 */
export function generateCatalog(options: GenerateCatalogOptions): GeneratedCatalog {
  if (!Number.isInteger(options.products) || options.products < 0 || options.products > MAX_GENERATED_PRODUCTS) {
    throw new RangeError(`products must be a whole number from 0 to ${MAX_GENERATED_PRODUCTS}, not ${options.products}`);
  }
  if (!Number.isInteger(options.seed)) throw new RangeError(`seed must be a whole number, not ${options.seed}`);
  const seed = options.seed >>> 0;
  const random = mulberry32(seed);

  const placements: Placement[] = DEPARTMENTS.flatMap((department) => department.groups.flatMap((group) => group.leaves.map((leaf) => ({ department, group, leaf }))));
  // A few big brands and a long tail in every department, as in a real marketplace.
  const brandsByDepartment = new Map<string, WeightedBrand[]>();
  for (const department of DEPARTMENTS) {
    const selling = BRANDS.filter((brand) => (brand.departments as readonly string[]).includes(department.slug));
    brandsByDepartment.set(department.slug, selling.map((brand, rank) => ({ slug: brand.slug, name: brand.name, weight: 1 / (rank + 1) ** 0.7 })));
  }
  const departmentOfLeaf = new Map(placements.map((placement) => [placement.leaf.slug, placement.department.slug]));

  const state: GenerationState = { seed, titles: new Set(), slugs: new Set(), ages: new Set(), variantCount: 0 };
  const products: GeneratedProduct[] = [];
  for (let index = 0; index < options.products; index++) {
    const placement = random.pick(placements);
    const brand = random.weighted(brandsByDepartment.get(placement.department.slug) ?? [], (candidate) => candidate.weight);
    products.push(generateProduct(random, index, state, placement, brand));
  }

  return {
    seed,
    brands: BRANDS.map((brand) => ({ slug: brand.slug, name: brand.name })),
    categories: categoryTree(),
    collections: curateCollections(random, products, (leafSlug) => departmentOfLeaf.get(leafSlug) ?? ''),
    products,
  };
}
