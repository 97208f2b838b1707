import { slugify } from '@emporium/catalog-domain';
import { placeholderUrl } from './placeholder-svg';
import { euroCompareAtPrice, euroPrice, generatedBarcode } from './pricing';
import type { Random } from './prng';
import type { DepartmentSpec, GroupSpec, LeafSpec } from './taxonomy';
import type { GeneratedImage, GeneratedPrice, GeneratedProduct, GeneratedVariant } from './types';
import { describe } from './description';
import {
  ADJECTIVES,
  APPAREL_SIZES,
  careFor,
  COLORS,
  FIT_ADJECTIVES,
  FITS,
  HOME_STYLES,
  MODEL_NAMES,
  ORIGINS,
  PATTERNS,
  SHOE_SIZES,
  SOLES,
  WAIST_SIZES,
} from './vocabulary';

type Color = (typeof COLORS)[number];

export interface Placement {
  readonly department: DepartmentSpec;
  readonly group: GroupSpec;
  readonly leaf: LeafSpec;
}

export interface WeightedBrand {
  readonly slug: string;
  readonly name: string;
  readonly weight: number;
}

/** What earlier products have taken: titles, slugs and creation times must not repeat; variant numbers run on. */
export interface GenerationState {
  readonly seed: number;
  readonly titles: Set<string>;
  readonly slugs: Set<string>;
  readonly ages: Set<number>;
  variantCount: number;
}

const TWO_YEARS_IN_MINUTES = 2 * 365 * 24 * 60;

/** A contiguous run of `min`–`max` sizes from a size scale (a product comes in S–XL, not S, L and XXL). */
function sizeRun(random: Random, scale: readonly string[], min: number, max: number): string[] {
  const length = Math.min(scale.length, random.int(min, max));
  const start = random.int(0, scale.length - length);
  return scale.slice(start, start + length);
}

function colorsOf(random: Random, count: number): Color[] {
  return random.sample(COLORS, count);
}

/** Size and colour choices by family: apparel Size × Color, shoes Size, home goods often nothing or Color only. */
function optionPlan(random: Random, leaf: LeafSpec): { sizes: string[]; colors: Color[] } {
  switch (leaf.family) {
    case 'apparel':
      return { sizes: sizeRun(random, APPAREL_SIZES, 3, 6), colors: colorsOf(random, random.weighted([1, 2, 3], (n) => [0, 0.55, 0.3, 0.15][n] ?? 0)) };
    case 'bottoms':
      return { sizes: sizeRun(random, WAIST_SIZES, 4, 6), colors: colorsOf(random, random.chance(0.65) ? 1 : 2) };
    case 'footwear':
      return { sizes: sizeRun(random, SHOE_SIZES, 5, 9), colors: [] };
    case 'accessory':
      if (leaf.sizes && random.chance(0.6)) return { sizes: [...leaf.sizes], colors: colorsOf(random, random.chance(0.6) ? 1 : 2) };
      return { sizes: [], colors: random.chance(0.55) ? colorsOf(random, random.int(2, 4)) : [] };
    case 'home':
      if (leaf.sizes && random.chance(0.5)) return { sizes: sizeRun(random, leaf.sizes, 2, leaf.sizes.length), colors: [] };
      return { sizes: [], colors: random.chance(0.35) ? colorsOf(random, random.int(2, 4)) : [] };
  }
}

/** The cents of a US price: .00 mostly, else .95, .50 or .99. */
function priceEnding(random: Random): number {
  return random.weighted([0, 50, 95, 99], (ending) => (ending === 0 ? 55 : ending === 95 ? 20 : ending === 50 ? 15 : 10));
}

function uniqueTitle(random: Random, state: GenerationState, base: string): string {
  const free = (title: string) => !state.titles.has(title) && !state.slugs.has(slugify(title));
  if (free(base)) return base;
  for (let attempt = 0; attempt < 3; attempt++) {
    const title = `${base} ${random.pick(MODEL_NAMES)}`;
    if (free(title)) return title;
  }
  for (let number = 2; ; number++) {
    const title = `${base} No. ${number}`;
    if (free(title)) return title;
  }
}

function distinctAge(random: Random, state: GenerationState): number {
  for (;;) {
    const age = random.int(0, TWO_YEARS_IN_MINUTES);
    if (!state.ages.has(age)) {
      state.ages.add(age);
      return age;
    }
  }
}

/** One product: the `index`th of the catalog. Depends only on the random stream and what earlier products took. */
export function generateProduct(random: Random, index: number, state: GenerationState, placement: Placement, brand: WeightedBrand): GeneratedProduct {
  const { group, leaf } = placement;
  const noun = random.pick(leaf.nouns);
  // "Straight Selvedge Denim Straight Jeans" reads badly: the adjective must not repeat a word of the noun.
  const adjectives = ADJECTIVES[leaf.family].filter((adjective) => !noun.split(/[\s-]/).includes(adjective));
  const adjective = random.pick(adjectives);
  const material = random.pick(leaf.materials);
  const title = uniqueTitle(random, state, `${adjective} ${material} ${noun}`);
  const slug = slugify(title);
  state.titles.add(title);
  state.slugs.add(slug);

  const roll = random.next();
  const status = roll < 0.012 ? 'draft' : roll < 0.02 ? 'archived' : 'active';
  const siblings = group.leaves.filter((other) => other.slug !== leaf.slug);
  const categorySlugs = siblings.length > 0 && random.chance(0.12) ? [leaf.slug, random.pick(siblings).slug] : [leaf.slug];

  const { sizes, colors } = optionPlan(random, leaf);
  const withColorOption = colors.length > 0;
  const options = [
    ...(sizes.length > 0 ? [{ name: 'Size', values: sizes }] : []),
    ...(withColorOption ? [{ name: 'Color', values: colors.map((color) => color.name) }] : []),
  ];

  const baseDollars = random.int(leaf.price[0], leaf.price[1]);
  const baseWeight = random.int(leaf.weight[0], leaf.weight[1]);
  const ending = priceEnding(random);
  const plusSizeSurcharge = leaf.family === 'apparel' && random.chance(0.3) ? 4 : 0;
  const compareAtFactor = random.chance(0.15) ? 1.2 + random.next() * 0.4 : null;
    const skuPrefix = `${leaf.slug.replace(/[^a-z0-9]/g, '').slice(0, 3).toUpperCase()}-${String(index + 1).padStart(6, '0')}`;

  const variantFor = (sizeIndex: number, size: string | null, color: Color | null): GeneratedVariant => {
    // Larger home goods cost more (a 28 cm pan, a king-size duvet); XXL garments sometimes do.
    const dollars = leaf.family === 'home' ? Math.round(baseDollars * (1 + 0.25 * sizeIndex)) : baseDollars + (size === 'XXL' ? plusSizeSurcharge : 0);
    const amount = dollars * 100 + ending;
    const compareAt = compareAtFactor === null ? null : Math.ceil((amount * compareAtFactor) / 100) * 100;
    const eur = euroPrice(amount);
    const prices: GeneratedPrice[] = [
      { currency: 'USD', amount, compareAtAmount: compareAt },
      { currency: 'EUR', amount: eur, compareAtAmount: compareAt === null ? null : euroCompareAtPrice(compareAt, eur) },
    ];
    const grow = leaf.family === 'footwear' ? 25 * sizeIndex : leaf.family === 'home' ? baseWeight * 0.3 * sizeIndex : 12 * sizeIndex;
    const sku = [skuPrefix, ...(size ? [size.replace(/[^A-Za-z0-9]/g, '').toUpperCase()] : []), ...(color ? [color.code] : [])].join('-');
    const optionValues: Record<string, string> = {};
    if (size) optionValues['Size'] = size;
    if (color) optionValues['Color'] = color.name;
    state.variantCount++;
    return { sku, optionValues, weightGrams: Math.round(baseWeight + grow), barcode: generatedBarcode(state.variantCount, state.seed), prices, inStock: !random.chance(0.03) };
  };

  const variants: GeneratedVariant[] = [];
  const sizeSlots: ReadonlyArray<string | null> = sizes.length > 0 ? sizes : [null];
  const colorSlots: ReadonlyArray<Color | null> = withColorOption ? colors : [null];
  for (const color of colorSlots) for (const [sizeIndex, size] of sizeSlots.entries()) variants.push(variantFor(sizeIndex, size, color));

  const ownColor = withColorOption ? null : random.pick(COLORS);
  const origin = random.pick(ORIGINS);
  const care = careFor(material);
  const attributes: Array<{ name: string; value: string }> = [{ name: 'Material', value: material }];
  if (leaf.family === 'apparel' || leaf.family === 'bottoms') {
    attributes.push({ name: 'Fit', value: FIT_ADJECTIVES[adjective] ?? random.pick(FITS[leaf.family]) }, { name: 'Pattern', value: random.pick(PATTERNS) });
  }
  if (ownColor) attributes.push({ name: 'Color', value: ownColor.name });
  if (leaf.family === 'footwear') attributes.push({ name: 'Sole', value: random.pick(SOLES) });
  if (leaf.family === 'home') attributes.push({ name: 'Style', value: random.pick(HOME_STYLES) });
  if (leaf.family !== 'footwear') attributes.push({ name: 'Care', value: care });
  attributes.push({ name: 'Made in', value: origin });

  const description = describe(random, { family: leaf.family, adjective, material, noun, brand: brand.name, origin, care });
  const firstSentence = description.slice(0, description.indexOf('.') + 1);

  const imageCount = random.weighted([1, 2, 3], (n) => [0, 35, 40, 25][n] ?? 0);
  const baseHue = ownColor?.hue ?? colors[0]?.hue ?? random.int(0, 359);
  const images: GeneratedImage[] = [];
  for (let position = 0; position < imageCount; position++) {
    const color = colors[position];
    const hue = color ? color.hue : (baseHue + 40 * position) % 360;
    const alt = position === 0 ? title : color ? `${title} in ${color.name}` : `${title}, ${position === 1 ? 'detail' : 'in use'}`;
    images.push({ url: placeholderUrl(leaf.kind, hue, title), alt });
  }

  return {
    slug,
    title,
    description,
    brandSlug: brand.slug,
    status,
    seoTitle: `${title} | ${brand.name}`,
    seoDescription: firstSentence.length <= 160 ? firstSentence : `${firstSentence.slice(0, 159)}…`,
    categorySlugs,
    options,
    variants,
    images,
    attributes,
    ageMinutes: distinctAge(random, state),
    placeholderKind: leaf.kind,
  };
}
