/** Length as a shopper counts it: Unicode code points, so an emoji or a CJK extension character is one. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
