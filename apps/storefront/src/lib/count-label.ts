const plural = new Intl.PluralRules('en-US');

/** "1 item", "0 items", "12 products": the count with the noun in the form English wants. */
export function countLabel(count: number, one: string, other: string): string {
  return `${count} ${plural.select(count) === 'one' ? one : other}`;
}
