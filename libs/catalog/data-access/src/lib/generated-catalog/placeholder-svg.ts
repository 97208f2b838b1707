/**
 * Product placeholder images drawn locally: a silhouette of the kind of product on a tinted background, with the
 * product's title underneath. No network, no files: `/media/placeholder/<kind>/<hue>.svg?label=<title>` is enough
 * to draw one. The inputs come from a URL, so every one is checked and the label is escaped.
 */
export const PLACEHOLDER_KINDS = ['top', 'bottom', 'dress', 'outerwear', 'footwear', 'bag', 'accessory', 'kitchen', 'bed-bath', 'living'] as const;
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

export function isPlaceholderKind(value: string): value is PlaceholderKind {
  return (PLACEHOLDER_KINDS as readonly string[]).includes(value);
}

/** The longest label drawn; longer ones are cut with an ellipsis. */
export const MAX_PLACEHOLDER_LABEL_LENGTH = 48;

export function placeholderUrl(kind: PlaceholderKind, hue: number, label: string): string {
  return `/media/placeholder/${kind}/${normaliseHue(hue)}.svg?label=${encodeURIComponent(label)}`;
}

// Shapes on a 600 × 600 canvas, filled with the foreground colour; `stroke` parts are drawn as thick lines instead.
const SHAPES: Record<PlaceholderKind | 'generic', ReadonlyArray<{ readonly d: string; readonly stroke?: true }>> = {
  top: [{ d: 'M215 130 L262 108 Q300 150 338 108 L385 130 L470 200 L428 252 L390 228 L390 470 L210 470 L210 228 L172 252 L130 200 Z' }],
  bottom: [{ d: 'M215 115 H385 L410 480 H325 L300 215 L275 480 H190 Z' }],
  dress: [{ d: 'M262 105 H338 L350 200 L440 480 H160 L250 200 Z' }],
  outerwear: [
    { d: 'M222 118 L272 102 L300 170 L328 102 L378 118 L448 196 L472 420 L422 428 L402 262 L402 482 L198 482 L198 262 L178 428 L128 420 L152 196 Z' },
    { d: 'M300 170 V482', stroke: true },
  ],
  footwear: [{ d: 'M130 390 L142 300 Q205 292 252 258 L300 232 Q330 300 402 318 L462 336 Q488 360 474 404 Q300 414 130 390 Z' }],
  bag: [
    { d: 'M168 240 H432 L452 472 H148 Z' },
    { d: 'M240 240 V200 Q300 120 360 200 V240', stroke: true },
  ],
  accessory: [{ d: 'M140 384 Q300 428 460 384 L404 362 Q404 214 300 204 Q196 214 196 362 Z' }],
  kitchen: [
    { d: 'M190 190 H380 V430 Q380 462 348 462 H222 Q190 462 190 430 Z' },
    { d: 'M380 240 Q452 240 452 310 Q452 380 380 380', stroke: true },
  ],
  'bed-bath': [
    { d: 'M140 250 Q140 220 170 220 H430 Q460 220 460 250 V300 Q460 330 430 330 H170 Q140 330 140 300 Z' },
    { d: 'M120 352 Q120 340 132 340 H468 Q480 340 480 352 V448 Q480 460 468 460 H132 Q120 460 120 448 Z' },
  ],
  living: [{ d: 'M262 150 H338 L330 205 Q424 282 384 470 H216 Q176 282 270 205 Z' }],
  generic: [{ d: 'M300 170 A130 130 0 1 1 299.9 170 Z' }],
};

function normaliseHue(hue: number): number {
  return Number.isFinite(hue) ? ((Math.round(hue) % 360) + 360) % 360 : 0;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function shortLabel(label: string): string {
  // Control characters are not allowed in XML 1.0 text at all.
  // eslint-disable-next-line no-control-regex
  const clean = label.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length <= MAX_PLACEHOLDER_LABEL_LENGTH ? clean : `${chars.slice(0, MAX_PLACEHOLDER_LABEL_LENGTH - 1).join('').trimEnd()}…`;
}

/**
 * A small square SVG (about 1 kB) for a product image placeholder. An unknown kind draws a plain disc, a hue outside
 * 0–359 wraps around, and the label is plain text (escaped, control characters removed, cut to 48 characters).
 */
export function placeholderSvg(kind: string, hue: number, label: string): string {
  const h = normaliseHue(hue);
  const shapes = SHAPES[isPlaceholderKind(kind) ? kind : 'generic'];
  const text = escapeXml(shortLabel(label));
  const foreground = `hsl(${h} 38% 42%)`;
  const body = shapes
    .map((shape) =>
      shape.stroke
        ? `<path d="${shape.d}" fill="none" stroke="${foreground}" stroke-width="22" stroke-linecap="round"/>`
        : `<path d="${shape.d}" fill="${foreground}"/>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600" width="600" height="600" role="img" aria-label="${text}">` +
    `<rect width="600" height="600" fill="hsl(${h} 45% 92%)"/>` +
    body +
    (text
      ? `<text x="300" y="550" text-anchor="middle" font-family="system-ui, sans-serif" font-size="26" fill="hsl(${h} 30% 24%)">${text}</text>`
      : '') +
    `</svg>`
  );
}
