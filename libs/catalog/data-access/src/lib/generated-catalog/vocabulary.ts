import type { Family } from './taxonomy';

type Department = 'clothing' | 'footwear' | 'accessories' | 'home';

/** Made-up brands (none is a real one we know of), each selling in one or more departments. */
export const BRANDS: ReadonlyArray<{ readonly slug: string; readonly name: string; readonly departments: readonly Department[] }> = [
  { slug: 'alder-and-ash', name: 'Alder & Ash', departments: ['clothing'] },
  { slug: 'northwind-supply', name: 'Northwind Supply', departments: ['clothing', 'accessories'] },
  { slug: 'common-thread', name: 'Common Thread', departments: ['clothing'] },
  { slug: 'kestrel-apparel', name: 'Kestrel Apparel', departments: ['clothing'] },
  { slug: 'maison-elan', name: 'Maison Élan', departments: ['clothing', 'accessories'] },
  { slug: 'saltmarsh', name: 'Saltmarsh', departments: ['clothing'] },
  { slug: 'tidewater', name: 'Tidewater', departments: ['clothing', 'footwear'] },
  { slug: 'greyhound-mills', name: 'Greyhound Mills', departments: ['clothing'] },
  { slug: 'wool-and-oak', name: 'Wool & Oak', departments: ['clothing', 'home'] },
  { slug: 'linea-studio', name: 'Linea Studio', departments: ['clothing'] },
  { slug: 'foxglove', name: 'Foxglove', departments: ['clothing'] },
  { slug: 'bramble-and-co', name: 'Bramble & Co.', departments: ['clothing', 'accessories'] },
  { slug: 'outpost', name: 'Outpost', departments: ['clothing', 'footwear', 'accessories'] },
  { slug: 'copperline', name: 'Copperline', departments: ['clothing'] },
  { slug: 'weft-and-warp', name: 'Weft & Warp', departments: ['clothing', 'home'] },
  { slug: 'harbour-lane', name: 'Harbour Lane', departments: ['clothing'] },
  { slug: 'fernway', name: 'Fernway', departments: ['footwear'] },
  { slug: 'roamer', name: 'Roamer', departments: ['footwear'] },
  { slug: 'cobble-and-last', name: 'Cobble & Last', departments: ['footwear'] },
  { slug: 'trailhead', name: 'Trailhead', departments: ['footwear', 'accessories'] },
  { slug: 'pavement-co', name: 'Pavement Co.', departments: ['footwear'] },
  { slug: 'heel-and-toe', name: 'Heel & Toe', departments: ['footwear'] },
  { slug: 'fieldcraft', name: 'Fieldcraft', departments: ['accessories'] },
  { slug: 'satchel-and-sons', name: 'Satchel & Sons', departments: ['accessories'] },
  { slug: 'carryall', name: 'Carryall', departments: ['accessories'] },
  { slug: 'marlow-leather', name: 'Marlow Leather', departments: ['accessories', 'footwear'] },
  { slug: 'knot-and-loop', name: 'Knot & Loop', departments: ['accessories'] },
  { slug: 'hatworks', name: 'Hatworks', departments: ['accessories'] },
  { slug: 'soren-goods', name: 'Søren Goods', departments: ['accessories', 'home'] },
  { slug: 'kiln-and-co', name: 'Kiln & Co.', departments: ['home'] },
  { slug: 'ember-kitchen', name: 'Ember Kitchen', departments: ['home'] },
  { slug: 'driftwood-home', name: 'Driftwood Home', departments: ['home'] },
  { slug: 'linen-house', name: 'Linen House', departments: ['home'] },
  { slug: 'stillwater', name: 'Stillwater', departments: ['home'] },
  { slug: 'copper-pot', name: 'Copper Pot', departments: ['home'] },
  { slug: 'hearthstone', name: 'Hearthstone', departments: ['home'] },
  { slug: 'oak-and-ember', name: 'Oak & Ember', departments: ['home'] },
  { slug: 'nordlys', name: 'Nordlys', departments: ['home'] },
  { slug: 'terra-studio', name: 'Terra Studio', departments: ['home'] },
  { slug: 'bloom-and-wick', name: 'Bloom & Wick', departments: ['home'] },
  { slug: 'lumen-works', name: 'Lumen Works', departments: ['home'] },
  { slug: 'cafe-foret', name: 'Café Forêt', departments: ['home'] },
  { slug: 'good-measure', name: 'Good Measure', departments: ['clothing', 'footwear', 'accessories', 'home'] },
  { slug: 'parcel-and-post', name: 'Parcel & Post', departments: ['clothing', 'accessories'] },
  { slug: 'wanderwell', name: 'Wanderwell', departments: ['footwear', 'accessories'] },
  { slug: 'slow-living', name: 'Slow Living', departments: ['home', 'clothing'] },
  { slug: 'quarry-and-quill', name: 'Quarry & Quill', departments: ['accessories', 'home'] },
  { slug: 'little-ridge', name: 'Little Ridge', departments: ['clothing', 'footwear'] },
];

/** Colours with a hue for their placeholder image and a short code for SKUs (unique). */
export const COLORS: ReadonlyArray<{ readonly name: string; readonly code: string; readonly hue: number }> = [
  { name: 'Black', code: 'BLK', hue: 230 },
  { name: 'White', code: 'WHT', hue: 40 },
  { name: 'Ecru', code: 'ECR', hue: 44 },
  { name: 'Navy', code: 'NVY', hue: 224 },
  { name: 'Charcoal', code: 'CHR', hue: 210 },
  { name: 'Heather Grey', code: 'HGR', hue: 200 },
  { name: 'Olive', code: 'OLV', hue: 78 },
  { name: 'Forest Green', code: 'FGR', hue: 140 },
  { name: 'Sage', code: 'SGE', hue: 110 },
  { name: 'Sky Blue', code: 'SKY', hue: 200 },
  { name: 'Indigo', code: 'IND', hue: 240 },
  { name: 'Burgundy', code: 'BRG', hue: 345 },
  { name: 'Rust', code: 'RST', hue: 18 },
  { name: 'Terracotta', code: 'TRC', hue: 14 },
  { name: 'Mustard', code: 'MST', hue: 46 },
  { name: 'Sand', code: 'SND', hue: 36 },
  { name: 'Camel', code: 'CML', hue: 30 },
  { name: 'Chocolate', code: 'CHC', hue: 22 },
  { name: 'Lilac', code: 'LLC', hue: 275 },
  { name: 'Blush', code: 'BLS', hue: 350 },
];

export const APPAREL_SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'] as const;
export const WAIST_SIZES = ['28', '29', '30', '31', '32', '33', '34', '36', '38'] as const;
export const SHOE_SIZES = ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47'] as const;

export const ADJECTIVES: Readonly<Record<Family, readonly string[]>> = {
  apparel: ['Classic', 'Everyday', 'Essential', 'Heritage', 'Lightweight', 'Heavyweight', 'Washed', 'Vintage', 'Modern', 'Coastal', 'Alpine', 'Weekend', 'Studio', 'Brushed', 'Garment-Dyed', 'Relaxed', 'Slim', 'Oversized', 'Cropped', 'Utility', 'Ribbed', 'Boxy'],
  bottoms: ['Classic', 'Everyday', 'Essential', 'Heritage', 'Lightweight', 'Washed', 'Vintage', 'Modern', 'Weekend', 'Utility', 'Relaxed', 'Slim', 'Straight', 'Tapered', 'Cropped', 'Workwear'],
  footwear: ['Classic', 'Everyday', 'Lightweight', 'Waterproof', 'Vintage', 'Modern', 'City', 'Weekend', 'Heritage', 'Minimal', 'Cushioned', 'Handmade', 'Rugged'],
  accessory: ['Classic', 'Everyday', 'Essential', 'Heritage', 'Minimal', 'Vintage', 'Soft', 'Slim', 'Compact', 'Oversized', 'Weekend', 'City', 'Travel', 'Handmade'],
  home: ['Classic', 'Everyday', 'Essential', 'Nordic', 'Rustic', 'Minimal', 'Artisan', 'Heritage', 'Modern', 'Handmade', 'Studio', 'Farmhouse', 'Coastal', 'Signature', 'Hand-Finished'],
};

/** Title adjectives that say how a garment fits, and the fit they imply (so title and Fit attribute agree). */
export const FIT_ADJECTIVES: Readonly<Record<string, string>> = { Relaxed: 'Relaxed', Slim: 'Slim', Oversized: 'Oversized', Straight: 'Straight', Tapered: 'Tapered', Boxy: 'Relaxed' };
export const FITS: Readonly<Record<'apparel' | 'bottoms', readonly string[]>> = {
  apparel: ['Regular', 'Regular', 'Relaxed', 'Slim', 'Oversized'],
  bottoms: ['Regular', 'Straight', 'Slim', 'Relaxed', 'Tapered'],
};

export const PATTERNS = ['Solid', 'Solid', 'Solid', 'Solid', 'Striped', 'Checked', 'Herringbone', 'Melange', 'Floral', 'Polka Dot'] as const;
export const SOLES = ['Rubber', 'Lugged Rubber', 'EVA Foam', 'Leather', 'Crepe'] as const;
export const HOME_STYLES = ['Minimal', 'Rustic', 'Scandinavian', 'Mid-Century', 'Coastal', 'Classic'] as const;
export const ORIGINS = ['Portugal', 'Italy', 'Japan', 'India', 'Vietnam', 'Turkey', 'United States', 'Peru', 'Spain', 'Lithuania', 'Mexico', 'Morocco'] as const;

/** Model names added to a title that is already taken ("Relaxed Linen Shirt Juniper"). */
export const MODEL_NAMES = [
  'Atlas', 'Harbor', 'Juniper', 'Ridge', 'Cove', 'Aspen', 'Birch', 'Cedar', 'Dune', 'Ember', 'Fjord', 'Glen', 'Haven', 'Iris', 'Jasper',
  'Kestrel', 'Linden', 'Maple', 'Nova', 'Onyx', 'Pine', 'Quarry', 'Rowan', 'Sierra', 'Tundra', 'Umber', 'Vale', 'Willow', 'Yarrow',
  'Zephyr', 'Alder', 'Brook', 'Clay', 'Delta', 'Echo', 'Flint', 'Grove', 'Heath', 'Isle', 'Lark', 'Moss', 'North', 'Orca', 'Pebble',
  'Reed', 'Slate', 'Thistle', 'Wren',
] as const;

/** Care instructions by material; the first matching rule wins. */
const CARE_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/silk|viscose/i, 'Dry clean only'],
  [/cashmere|merino|lambswool|alpaca|mohair|wool/i, 'Hand wash cold'],
  [/leather|suede|nubuck/i, 'Wipe clean'],
  [/cast iron|carbon steel|copper/i, 'Hand wash, dry and oil'],
  [/walnut|oak|olive|bamboo|maple|teak|wood/i, 'Hand wash, oil occasionally'],
  [/steel|porcelain|stoneware|glass|enamel|ceramic|terracotta/i, 'Dishwasher safe'],
  [/wax/i, 'Trim the wick before lighting'],
  [/marble|concrete|brass|rattan|seagrass|jute|cork|straw/i, 'Wipe with a damp cloth'],
  [/down|nylon|polyester|fleece|mesh|knit/i, 'Machine wash 30 °C'],
];

export function careFor(material: string): string {
  return CARE_RULES.find(([pattern]) => pattern.test(material))?.[1] ?? 'Machine wash 40 °C';
}

/** Phrases for descriptions, by family. */
export const DETAILS: Readonly<Record<Family, readonly string[]>> = {
  apparel: ['reinforced seams', 'a garment-dyed finish', 'horn buttons', 'a softly brushed inside', 'flat-felled seams', 'a longer back hem', 'side vents', 'a patch chest pocket', 'dropped shoulders', 'a clean, minimal collar'],
  bottoms: ['a button fly', 'deep front pockets', 'a tapered leg', 'belt loops and a hidden coin pocket', 'bar-tacked stress points', 'a gusseted crotch', 'a comfortable mid rise', 'a clean hem ready for rolling'],
  footwear: ['a cushioned footbed', 'a grippy rubber outsole', 'padded collars', 'waxed cotton laces', 'a removable insole', 'Blake-stitched soles', 'a pull tab at the heel', 'a breathable lining'],
  accessory: ['solid brass hardware', 'hand-finished edges', 'an interior zip pocket', 'a padded laptop sleeve', 'adjustable straps', 'a fold-over cuff', 'double-stitched seams', 'a cotton twill lining'],
  home: ['a hand-applied glaze', 'a generous capacity', 'rounded, easy-grip edges', 'a weighted base', 'an oiled finish', 'a riveted handle', 'French seams', 'a soft, stone-washed finish'],
};

export const BENEFITS: readonly string[] = [
  'gets softer with every wash',
  'breathes on warm days',
  'keeps its shape wear after wear',
  'wears in beautifully over time',
  'is built to last for years',
  'feels good from the first day',
];

export const CLOSERS: readonly string[] = [
  'Made in small runs by {brand}.',
  'Designed in the {brand} studio and tested for a season before release.',
  'Made in {origin}. {care}.',
  '{care}. Made in {origin}.',
  'A {brand} favourite, restocked every season.',
];

export type { Department };
