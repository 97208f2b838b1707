/**
 * The form in which SKUs are compared: trimmed and upper-case, so `" sku-1"` and `"SKU-1"` are the same item (the
 * catalog keeps SKUs unique case-insensitively). Callers keep the SKU as written for display.
 */
export function skuKey(sku: string): string {
  return sku.trim().toUpperCase();
}
