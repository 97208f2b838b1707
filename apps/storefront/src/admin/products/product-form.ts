import { DEFAULT_TAX_CLASS, slugify } from '@emporium/catalog-domain';
import type { ProductStatus, PublishBlocker, StaffProduct, StaffVariant } from '../admin-types';
import { blankToNull, changedFields } from '../lib/form-state';

/** The product's own fields as the form holds them: text inputs, so "none" is an empty string. */
export interface DetailsDraft {
  readonly title: string;
  readonly slug: string;
  readonly description: string;
  /** A brand's slug; empty for none. */
  readonly brand: string;
  readonly seoTitle: string;
  readonly seoDescription: string;
  /** Which tax rate applies; empty means the default class. */
  readonly taxClass: string;
}

export function detailsDraft(product: Pick<StaffProduct, 'title' | 'slug' | 'description' | 'brand' | 'seoTitle' | 'seoDescription' | 'taxClass'>): DetailsDraft {
  return {
    title: product.title,
    slug: product.slug,
    description: product.description,
    brand: product.brand?.slug ?? '',
    seoTitle: product.seoTitle ?? '',
    seoDescription: product.seoDescription ?? '',
    taxClass: product.taxClass,
  };
}

function detailsValues(draft: DetailsDraft) {
  return {
    title: draft.title.trim(),
    slug: draft.slug.trim(),
    description: draft.description,
    brand: blankToNull(draft.brand),
    seoTitle: blankToNull(draft.seoTitle),
    seoDescription: blankToNull(draft.seoDescription),
    // A product always has a class: clearing the field puts it back in the default one.
    taxClass: draft.taxClass.trim() || DEFAULT_TAX_CLASS,
  };
}

/** What `products.update` needs to turn `initial` into `draft`: only the changed fields, blanks as null. */
export function detailsUpdate(initial: DetailsDraft, draft: DetailsDraft) {
  return changedFields(detailsValues(initial), detailsValues(draft));
}

export interface AttributeRow {
  readonly name: string;
  readonly value: string;
}

/**
 * The attribute rows as the API takes them: trimmed, fully blank rows dropped. A half-filled row or a name used
 * twice is a problem at that row's index (the form marks it) rather than something silently dropped.
 */
export function attributesFromRows(rows: readonly AttributeRow[]): { attributes: AttributeRow[]; problems: Map<number, string> } {
  const attributes: AttributeRow[] = [];
  const problems = new Map<number, string>();
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const name = row.name.trim();
    const value = row.value.trim();
    if (!name && !value) return;
    if (!name || !value) {
      problems.set(index, name ? 'Give it a value' : 'Give it a name');
      return;
    }
    const key = `${name.toLowerCase()}\u0000${value.toLowerCase()}`;
    if (seen.has(key)) problems.set(index, 'This attribute is listed twice');
    seen.add(key);
    attributes.push({ name, value });
  });
  return { attributes, problems };
}

export interface VariantDraft {
  readonly sku: string;
  readonly barcode: string;
  readonly weightGrams: string;
  /** Option name → value. */
  readonly optionValues: Readonly<Record<string, string>>;
}

export function variantDraft(variant?: Pick<StaffVariant, 'sku' | 'barcode' | 'weightGrams' | 'optionValues'>): VariantDraft {
  return {
    sku: variant?.sku ?? '',
    barcode: variant?.barcode ?? '',
    weightGrams: String(variant?.weightGrams ?? 0),
    optionValues: { ...(variant?.optionValues ?? {}) },
  };
}

export type VariantValues =
  | { readonly ok: true; readonly value: { sku: string; barcode: string | null; weightGrams: number; optionValues: Record<string, string> } }
  | { readonly ok: false; readonly problems: Readonly<Record<string, string>> };

/** The draft as API values, or the fields to fix first (the server checks the rest). */
export function variantValues(draft: VariantDraft, optionNames: readonly string[]): VariantValues {
  const problems: Record<string, string> = {};
  const sku = draft.sku.trim();
  if (!sku) problems['sku'] = 'Enter a SKU';
  const barcode = blankToNull(draft.barcode);
  if (barcode !== null && !/^\d{8,14}$/.test(barcode)) problems['barcode'] = 'A barcode is 8 to 14 digits';
  const weightText = draft.weightGrams.trim() || '0';
  const weightGrams = Number(weightText);
  if (!/^\d+$/.test(weightText) || weightGrams > 1_000_000) problems['weightGrams'] = 'Enter whole grams, up to 1,000,000';
  const optionValues: Record<string, string> = {};
  for (const name of optionNames) {
    const value = draft.optionValues[name];
    if (!value) problems[`optionValues.${name}`] = `Choose a ${name}`;
    else optionValues[name] = value;
  }
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, value: { sku, barcode, weightGrams, optionValues } };
}

/** What `variants.update` needs: only what changed. */
export function variantUpdate(initial: VariantDraft, values: Extract<VariantValues, { ok: true }>['value'], optionNames: readonly string[]) {
  const before = variantValues(initial, optionNames);
  if (!before.ok) return values;
  return changedFields(before.value, values);
}

/** A slug for a new title, until staff type their own. */
export function suggestedSlug(title: string): string {
  return slugify(title);
}

const STATUS_LABELS: Readonly<Record<ProductStatus, string>> = { draft: 'Draft', active: 'Active', archived: 'Archived' };

export function statusLabel(status: ProductStatus): string {
  return STATUS_LABELS[status];
}

/** The button that moves a product from one status to another, in a merchant's words. */
export function statusActionLabel(from: ProductStatus, to: ProductStatus): string {
  if (to === 'active') return from === 'archived' ? 'Restore' : 'Publish';
  if (to === 'archived') return 'Archive';
  return 'Unpublish (back to draft)';
}

/** Why a product cannot go live yet, as the editor lists it. */
export function blockerText(blocker: PublishBlocker): string {
  switch (blocker.type) {
    case 'MissingTitle':
      return 'It needs a title.';
    case 'InvalidSlug':
      return `Its slug “${blocker.slug}” is not valid.`;
    case 'NoActiveVariant':
      return 'It needs at least one active variant.';
    case 'VariantWithoutPrice':
      return `Variant ${blocker.sku} needs a price.`;
  }
}

/** "Size: M · Colour: Blue", or "Default" for a product without options. */
export function optionSummary(optionValues: Readonly<Record<string, string>>): string {
  const entries = Object.entries(optionValues);
  return entries.length === 0 ? 'Default' : entries.map(([name, value]) => `${name}: ${value}`).join(' · ');
}

/** The option value rows for `options.setValues`: trimmed, blanks dropped, existing ones keep their id. */
export function optionValueRows(rows: ReadonlyArray<{ readonly id?: string; readonly value: string }>): Array<{ id?: string; value: string }> {
  return rows.flatMap((row) => {
    const value = row.value.trim();
    if (!value) return [];
    return [row.id ? { id: row.id, value } : { value }];
  });
}
