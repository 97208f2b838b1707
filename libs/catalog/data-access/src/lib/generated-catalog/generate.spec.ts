import { isValidSku, isValidSlug } from '@emporium/catalog-domain';
import { generateCatalog } from './generate';
import { isValidEan13 } from './pricing';
import type { GeneratedCatalog } from './types';

const variantsOf = (catalog: GeneratedCatalog) => catalog.products.flatMap((product) => product.variants);

describe('generateCatalog', () => {
  const catalog = generateCatalog({ seed: 42, products: 1000 });

  describe('determinism', () => {
    it('gives a byte-identical catalog for the same seed and size', () => {
      expect(JSON.stringify(generateCatalog({ seed: 42, products: 1000 }))).toBe(JSON.stringify(catalog));
    });

    it('gives a different catalog for another seed', () => {
      const other = generateCatalog({ seed: 43, products: 1000 });
      expect(other.products.map((product) => product.slug)).not.toEqual(catalog.products.map((product) => product.slug));
    });

    it('keeps the first products the same whatever the size', () => {
      expect(generateCatalog({ seed: 42, products: 100 }).products).toEqual(catalog.products.slice(0, 100));
    });
  });

  describe('size and shape', () => {
    it('averages at least three variants a product', () => {
      expect(catalog.products).toHaveLength(1000);
      expect(variantsOf(catalog).length).toBeGreaterThanOrEqual(3000);
    });

    it('has at least 40 brands and 25 categories three levels deep, parents first', () => {
      expect(catalog.brands.length).toBeGreaterThanOrEqual(40);
      expect(new Set(catalog.brands.map((brand) => brand.name)).size).toBe(catalog.brands.length);
      expect(catalog.categories.length).toBeGreaterThanOrEqual(25);
      const seen = new Map<string, number>();
      for (const category of catalog.categories) {
        expect(isValidSlug(category.slug), category.slug).toBe(true);
        const parentDepth = category.parentSlug === null ? 0 : seen.get(category.parentSlug);
        expect(parentDepth, `${category.slug}'s parent comes first`).toBeDefined();
        expect(category.depth).toBe((parentDepth ?? 0) + 1);
        seen.set(category.slug, category.depth);
      }
      expect(seen.size).toBe(catalog.categories.length);
      expect(new Set(catalog.categories.map((category) => category.depth))).toEqual(new Set([1, 2, 3]));
    });

    it('puts every product in one or two leaf categories and a known brand', () => {
      const leaves = new Set(catalog.categories.filter((category) => category.depth === 3).map((category) => category.slug));
      const brands = new Set(catalog.brands.map((brand) => brand.slug));
      for (const product of catalog.products) {
        expect(product.categorySlugs.length).toBeGreaterThanOrEqual(1);
        expect(product.categorySlugs.length).toBeLessThanOrEqual(2);
        expect(new Set(product.categorySlugs).size).toBe(product.categorySlugs.length);
        for (const slug of product.categorySlugs) expect(leaves.has(slug), slug).toBe(true);
        expect(brands.has(product.brandSlug)).toBe(true);
      }
      expect(catalog.products.some((product) => product.categorySlugs.length === 2)).toBe(true);
    });

    it('curates at least five collections of distinct, active products', () => {
      expect(catalog.collections.length).toBeGreaterThanOrEqual(5);
      const active = new Set(catalog.products.filter((product) => product.status === 'active').map((product) => product.slug));
      for (const collection of catalog.collections) {
        expect(collection.productSlugs.length, collection.slug).toBeGreaterThan(0);
        expect(new Set(collection.productSlugs).size).toBe(collection.productSlugs.length);
        for (const slug of collection.productSlugs) expect(active.has(slug)).toBe(true);
      }
    });

    it('keeps drafts and archived products near 2% and sold-out variants near 3%', () => {
      const hidden = catalog.products.filter((product) => product.status !== 'active').length / catalog.products.length;
      expect(hidden).toBeGreaterThan(0.005);
      expect(hidden).toBeLessThan(0.04);
      const soldOut = variantsOf(catalog).filter((variant) => !variant.inStock).length / variantsOf(catalog).length;
      expect(soldOut).toBeGreaterThan(0.015);
      expect(soldOut).toBeLessThan(0.045);
    });

    it('refuses a size it cannot make', () => {
      expect(() => generateCatalog({ seed: 1, products: -1 })).toThrow(RangeError);
      expect(() => generateCatalog({ seed: 1, products: 2.5 })).toThrow(RangeError);
      expect(() => generateCatalog({ seed: 1.5, products: 2 })).toThrow(RangeError);
      expect(generateCatalog({ seed: 1, products: 0 }).products).toEqual([]);
    });
  });

  describe('products', () => {
    it('have unique, valid slugs and unique titles, even in a large catalog', () => {
      const large = generateCatalog({ seed: 7, products: 20_000 });
      const slugs = large.products.map((product) => product.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      expect(new Set(large.products.map((product) => product.title)).size).toBe(slugs.length);
      for (const slug of slugs) expect(isValidSlug(slug), slug).toBe(true);
    });

    it('have unique SKUs of capital letters, digits and hyphens', () => {
      const skus = variantsOf(catalog).map((variant) => variant.sku);
      expect(new Set(skus.map((sku) => sku.toUpperCase())).size).toBe(skus.length);
      for (const sku of skus) {
        expect(sku).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
        expect(isValidSku(sku)).toBe(true);
      }
    });

    it('have unique barcodes with valid EAN-13 check digits', () => {
      const barcodes = variantsOf(catalog).map((variant) => variant.barcode);
      expect(new Set(barcodes).size).toBe(barcodes.length);
      for (const barcode of barcodes) expect(isValidEan13(barcode), barcode).toBe(true);
    });

    it('price every variant in USD and EUR in whole minor units, compare-at above the price', () => {
      let compared = 0;
      for (const variant of variantsOf(catalog)) {
        expect(variant.prices.map((price) => price.currency)).toEqual(['USD', 'EUR']);
        for (const price of variant.prices) {
          expect(Number.isInteger(price.amount)).toBe(true);
          expect(price.amount).toBeGreaterThanOrEqual(0);
          if (price.compareAtAmount !== null) {
            compared++;
            expect(Number.isInteger(price.compareAtAmount)).toBe(true);
            expect(price.compareAtAmount).toBeGreaterThan(price.amount);
          }
        }
        const eur = variant.prices[1]!;
        expect([0, 50, 95]).toContain(eur.amount % 100);
        expect(eur.compareAtAmount === null).toBe(variant.prices[0]!.compareAtAmount === null);
      }
      expect(compared).toBeGreaterThan(0);
    });

    it('mark roughly 15% of products down with a compare-at price', () => {
      const discounted = catalog.products.filter((product) => product.variants.some((variant) => variant.prices.some((price) => price.compareAtAmount !== null)));
      expect(discounted.length / catalog.products.length).toBeGreaterThan(0.1);
      expect(discounted.length / catalog.products.length).toBeLessThan(0.2);
    });

    it('give each variant one known value per option, no two variants alike', () => {
      for (const product of catalog.products) {
        const combinations = new Set<string>();
        for (const variant of product.variants) {
          expect(Object.keys(variant.optionValues)).toEqual(product.options.map((option) => option.name));
          for (const option of product.options) expect(option.values).toContain(variant.optionValues[option.name]);
          combinations.add(JSON.stringify(variant.optionValues));
        }
        expect(combinations.size, product.slug).toBe(product.variants.length);
        expect(product.variants.length).toBe(product.options.reduce((count, option) => count * option.values.length, 1));
        expect(variantsWithWeights(product.variants)).toBe(true);
      }
    });

    it('come in Size × Color for apparel, Size for shoes, and often no options for home goods', () => {
      const inLeaf = (slug: string) => catalog.products.filter((product) => product.categorySlugs[0] === slug);
      for (const shirt of inLeaf('shirts')) expect(shirt.options.map((option) => option.name)).toEqual(['Size', 'Color']);
      for (const shoe of inLeaf('running-shoes')) expect(shoe.options.map((option) => option.name)).toEqual(['Size']);
      const home = catalog.products.filter((product) => product.placeholderKind === 'kitchen' || product.placeholderKind === 'living');
      expect(home.some((product) => product.options.length === 0)).toBe(true);
    });

    it('describe products in two or three sentences with facet-ready attributes', () => {
      for (const product of catalog.products) {
        const sentences = product.description.match(/[.!?](\s|$)/g) ?? [];
        expect(sentences.length, product.description).toBeGreaterThanOrEqual(2);
        expect(sentences.length, product.description).toBeLessThanOrEqual(4);
        const names = product.attributes.map((attribute) => attribute.name);
        expect(names).toContain('Material');
        expect(new Set(names).size).toBe(names.length);
      }
      const materials = new Set(catalog.products.flatMap((product) => product.attributes.filter((a) => a.name === 'Material').map((a) => a.value)));
      expect(materials.size).toBeGreaterThan(20);
    });

    it('show one to three placeholder images labelled with the title', () => {
      for (const product of catalog.products) {
        expect(product.images.length).toBeGreaterThanOrEqual(1);
        expect(product.images.length).toBeLessThanOrEqual(3);
        for (const image of product.images) {
          expect(image.url).toMatch(/^\/media\/placeholder\/[a-z-]+\/\d{1,3}\.svg\?label=/);
          expect(decodeURIComponent(image.url.split('?label=')[1]!)).toBe(product.title);
          expect(image.alt.startsWith(product.title)).toBe(true);
        }
      }
    });
  });
});

function variantsWithWeights(variants: ReadonlyArray<{ readonly weightGrams: number }>): boolean {
  return variants.every((variant) => Number.isInteger(variant.weightGrams) && variant.weightGrams > 0);
}
