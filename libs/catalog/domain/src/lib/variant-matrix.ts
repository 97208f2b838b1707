/** A way a product varies, with the values a shopper picks from, in display order: Size → S, M, L. */
export interface ProductOption {
  readonly name: string;
  readonly values: readonly string[];
}

/** A variant is on sale (`active`) or retired (`archived`); whether the product itself is live is the product's status. */
export const VARIANT_STATUSES = ['active', 'archived'] as const;
export type VariantStatus = (typeof VARIANT_STATUSES)[number];

/** Option name → the chosen value: `{ Size: 'M', Color: 'Red' }`. */
export type OptionSelection = Readonly<Record<string, string>>;

/** What the variant picker needs to know about a variant. */
export interface VariantChoice {
  readonly optionValues: OptionSelection;
  readonly status: VariantStatus;
  readonly inStock: boolean;
}

/** What variant validation needs to know about a variant. */
export interface VariantDefinition {
  readonly sku: string;
  readonly optionValues: OptionSelection;
  readonly status: VariantStatus;
}

/**
 * `available`: some active variant with this value (and the other values chosen) is in stock.
 * `out-of-stock`: such variants exist and are on sale, but none is in stock.
 * `unavailable`: the combination does not exist, or only as archived variants — the picker disables it.
 */
export type ValueAvailability = 'available' | 'out-of-stock' | 'unavailable';

export interface OptionAvailability {
  readonly name: string;
  readonly values: readonly { readonly value: string; readonly availability: ValueAvailability }[];
}

/** A problem with a product's variants. `variantIndex` is the variant's position in the list given (a CSV row, an editor line). */
export type VariantProblem =
  | { readonly type: 'DuplicateOptionName'; readonly option: string }
  | { readonly type: 'DuplicateOptionValue'; readonly option: string; readonly value: string }
  | { readonly type: 'MissingOptionValue'; readonly variantIndex: number; readonly option: string }
  | { readonly type: 'UnknownOption'; readonly variantIndex: number; readonly option: string }
  | { readonly type: 'UnknownOptionValue'; readonly variantIndex: number; readonly option: string; readonly value: string }
  | { readonly type: 'DuplicateCombination'; readonly variantIndexes: readonly number[]; readonly combination: OptionSelection }
  | { readonly type: 'InvalidSku'; readonly variantIndex: number; readonly sku: string }
  | { readonly type: 'DuplicateSku'; readonly variantIndexes: readonly number[]; readonly sku: string };

export const MAX_SKU_LENGTH = 64;
const SKU_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** A SKU is 1–64 letters, digits, hyphens, underscores and dots. Letters of either case; uniqueness ignores case. */
export function isValidSku(sku: string): boolean {
  return SKU_PATTERN.test(sku);
}

function has(record: OptionSelection, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** True when the variant has every value of `selection` except the one for `exceptOption`. */
function agreesWith(variant: VariantChoice, selection: OptionSelection, exceptOption: string | null): boolean {
  return Object.entries(selection).every(([option, value]) => option === exceptOption || variant.optionValues[option] === value);
}

/**
 * For each option value, whether picking it (keeping what the shopper already chose for the other options) leads
 * to something to buy. The value chosen for the option itself does not matter, so a shopper can always switch
 * from M to L. Selections for options the product does not have are ignored.
 */
export function selectableValues(
  options: readonly ProductOption[],
  variants: readonly VariantChoice[],
  partialSelection: OptionSelection,
): OptionAvailability[] {
  const known = new Set(options.map((option) => option.name));
  const selection = Object.fromEntries(Object.entries(partialSelection).filter(([option]) => known.has(option)));
  const onSale = variants.filter((variant) => variant.status === 'active');

  return options.map((option) => {
    const candidates = onSale.filter((variant) => agreesWith(variant, selection, option.name));
    return {
      name: option.name,
      values: option.values.map((value) => {
        const matching = candidates.filter((variant) => variant.optionValues[option.name] === value);
        const availability: ValueAvailability = matching.some((variant) => variant.inStock)
          ? 'available'
          : matching.length > 0
            ? 'out-of-stock'
            : 'unavailable';
        return { value, availability };
      }),
    };
  });
}

/**
 * The variant for a complete selection: one with exactly these option values. An active variant is preferred over
 * an archived one with the same values (a retired SKU replaced by a new one), so check `status` before selling.
 */
export function findVariant<V extends VariantChoice>(variants: readonly V[], selection: OptionSelection): V | null {
  const size = Object.keys(selection).length;
  const matches = variants.filter(
    (variant) => Object.keys(variant.optionValues).length === size && agreesWith(variant, selection, null),
  );
  return matches.find((variant) => variant.status === 'active') ?? matches[0] ?? null;
}

function addTo(groups: Map<string, number[]>, key: string, variantIndex: number): void {
  const group = groups.get(key);
  if (group) group.push(variantIndex);
  else groups.set(key, [variantIndex]);
}

function combinationKey(options: readonly ProductOption[], optionValues: OptionSelection): string {
  return JSON.stringify(options.map((option) => optionValues[option.name] ?? null));
}

/**
 * Everything wrong with a product's options and variants, in a stable order; empty when they are sound.
 * SKUs are checked on every variant (they stay unique forever). The option values — one known value per option,
 * no two variants alike — are checked on active variants only: an archived variant is history and may use a
 * value the product has since dropped, or share its values with the variant that replaced it.
 */
export function validateVariants(options: readonly ProductOption[], variants: readonly VariantDefinition[]): VariantProblem[] {
  const problems: VariantProblem[] = [];
  const valuesOf = new Map<string, Set<string>>();

  for (const option of options) {
    if (valuesOf.has(option.name)) {
      problems.push({ type: 'DuplicateOptionName', option: option.name });
      continue;
    }
    const values = new Set<string>();
    for (const value of option.values) {
      if (values.has(value)) problems.push({ type: 'DuplicateOptionValue', option: option.name, value });
      values.add(value);
    }
    valuesOf.set(option.name, values);
  }

  const byCombination = new Map<string, number[]>();
  const bySku = new Map<string, number[]>();

  variants.forEach((variant, variantIndex) => {
    if (!isValidSku(variant.sku)) problems.push({ type: 'InvalidSku', variantIndex, sku: variant.sku });
    const skuKey = variant.sku.toUpperCase();
    addTo(bySku, skuKey, variantIndex);

    if (variant.status !== 'active') return;
    let complete = true;
    for (const [option, values] of valuesOf) {
      if (!has(variant.optionValues, option)) {
        problems.push({ type: 'MissingOptionValue', variantIndex, option });
        complete = false;
        continue;
      }
      const value = variant.optionValues[option] ?? '';
      if (!values.has(value)) {
        problems.push({ type: 'UnknownOptionValue', variantIndex, option, value });
        complete = false;
      }
    }
    for (const option of Object.keys(variant.optionValues)) {
      if (!valuesOf.has(option)) problems.push({ type: 'UnknownOption', variantIndex, option });
    }
    if (complete) {
      addTo(byCombination, combinationKey(options, variant.optionValues), variantIndex);
    }
  });

  for (const variantIndexes of byCombination.values()) {
    const first = variants[variantIndexes[0] ?? 0];
    if (variantIndexes.length > 1 && first) {
      const combination = Object.fromEntries([...valuesOf.keys()].map((option) => [option, first.optionValues[option] ?? '']));
      problems.push({ type: 'DuplicateCombination', variantIndexes, combination });
    }
  }
  for (const variantIndexes of bySku.values()) {
    const first = variants[variantIndexes[0] ?? 0];
    if (variantIndexes.length > 1 && first) problems.push({ type: 'DuplicateSku', variantIndexes, sku: first.sku });
  }
  return problems;
}
