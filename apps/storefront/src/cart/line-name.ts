/** "Classic Tee, M, Black": a line's product and chosen options, for labels that must tell lines apart. */
export function lineName(line: { readonly title: string; readonly options: Readonly<Record<string, string>> }): string {
  return [line.title, ...Object.values(line.options)].join(', ');
}

/** "Size: M · Colour: Black", or null for a product without options. */
export function optionSummary(options: Readonly<Record<string, string>>): string | null {
  const parts = Object.entries(options).map(([name, value]) => `${name}: ${value}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * Whether a line can still change its quantity: one that can no longer be bought, or has nothing left at all, can
 * only be removed.
 */
export function lineIsEditable(flags: ReadonlyArray<{ readonly type: string; readonly available?: number }>): boolean {
  return !flags.some((flag) => flag.type === 'unavailable' || (flag.type === 'insufficient_stock' && (flag.available ?? 0) <= 0));
}
