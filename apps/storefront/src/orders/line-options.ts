/** "Size: M · Colour: Black" for a bought line's options, or null for a product without any. */
export function lineOptionsText(options: ReadonlyArray<{ readonly name: string; readonly value: string }>): string | null {
  const parts = options.map((option) => `${option.name}: ${option.value}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}
