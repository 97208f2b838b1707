/**
 * A product's tax class names which rate applies to it (the rates per class and region are set under Tax, outside the
 * catalog). The catalog only keeps the name: lower-case, starting with a letter, at most 32 characters, so it can be
 * a key in configuration and a CSV cell without quoting.
 */
const TAX_CLASS_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;

/** What a product is taxed as unless staff say otherwise; also the database default. */
export const DEFAULT_TAX_CLASS = 'standard';

/** The classes the admin suggests. Others are allowed: a class needs only a rate under Tax to mean something. */
export const SUGGESTED_TAX_CLASSES = ['standard', 'reduced', 'zero'] as const;

export const TAX_CLASS_RULE = 'must start with a lower-case letter, then up to 31 lower-case letters, digits, hyphens or underscores';

export function isValidTaxClass(value: string): boolean {
  return TAX_CLASS_PATTERN.test(value);
}
