const SIZE_ORDER = ['xxxs', '3xs', 'xxs', '2xs', 'xs', 's', 'm', 'l', 'xl', 'xxl', '2xl', 'xxxl', '3xl', '4xl', '5xl'];
const NUMBER = /^\d+(?:[.,]\d+)?/;

function sizeRank(value: string): number {
  return SIZE_ORDER.indexOf(value.trim().toLowerCase());
}

/**
 * The order shoppers expect option values in, across products: clothing sizes from small to large, numbers (shoe
 * and waist sizes, "1 L", "26 cm") by value, anything else alphabetically. Facets use it; a product page keeps the
 * product's own order.
 */
export function compareOptionValues(a: string, b: string): number {
  const sizeA = sizeRank(a);
  const sizeB = sizeRank(b);
  if (sizeA >= 0 && sizeB >= 0) return sizeA - sizeB;
  if (sizeA >= 0 !== sizeB >= 0) return sizeA >= 0 ? -1 : 1;
  const numberA = NUMBER.exec(a)?.[0];
  const numberB = NUMBER.exec(b)?.[0];
  if (numberA && numberB) {
    const difference = Number(numberA.replace(',', '.')) - Number(numberB.replace(',', '.'));
    if (difference !== 0) return difference;
  }
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}
