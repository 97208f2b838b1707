/** The demo catalog a fresh shop starts with: fixed titles, prices (USD cents) and images, so every install looks the same. */
export interface DemoProduct {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  /** Price in US cents; the EUR price is derived (see demoEuroPrice). */
  readonly priceCents: number;
  readonly brand: string;
  /** Slug of the leaf category (DEMO_CATEGORIES). */
  readonly category: string;
  readonly material: string;
  /** Which size run the product comes in, if any (DEMO_SIZE_RUNS). */
  readonly sizes?: keyof typeof DEMO_SIZE_RUNS;
}

export const DEMO_BRANDS = [
  { slug: 'northfield', name: 'Northfield' },
  { slug: 'loom-and-co', name: 'Loom & Co.' },
  { slug: 'field-goods', name: 'Field Goods' },
  { slug: 'stride', name: 'Stride' },
  { slug: 'hearth', name: 'Hearth' },
] as const;

/** A three-level tree: department → group → leaf. Parents come before children. */
export const DEMO_CATEGORIES: ReadonlyArray<{ readonly slug: string; readonly name: string; readonly parent: string | null }> = [
  { slug: 'clothing', name: 'Clothing', parent: null },
  { slug: 'tops', name: 'Tops', parent: 'clothing' },
  { slug: 't-shirts', name: 'T-shirts', parent: 'tops' },
  { slug: 'shirts', name: 'Shirts', parent: 'tops' },
  { slug: 'knitwear', name: 'Knitwear', parent: 'tops' },
  { slug: 'outerwear', name: 'Outerwear', parent: 'clothing' },
  { slug: 'jackets', name: 'Jackets', parent: 'outerwear' },
  { slug: 'bottoms', name: 'Bottoms', parent: 'clothing' },
  { slug: 'trousers', name: 'Trousers & shorts', parent: 'bottoms' },
  { slug: 'accessories', name: 'Accessories', parent: null },
  { slug: 'carry', name: 'Bags & wallets', parent: 'accessories' },
  { slug: 'bags', name: 'Bags', parent: 'carry' },
  { slug: 'small-leather-goods', name: 'Small leather goods', parent: 'carry' },
  { slug: 'warm-accessories', name: 'Hats, scarves & socks', parent: 'accessories' },
  { slug: 'hats', name: 'Hats', parent: 'warm-accessories' },
  { slug: 'scarves', name: 'Scarves', parent: 'warm-accessories' },
  { slug: 'socks', name: 'Socks', parent: 'warm-accessories' },
  { slug: 'footwear', name: 'Footwear', parent: null },
  { slug: 'sneakers-and-runners', name: 'Sneakers & runners', parent: 'footwear' },
  { slug: 'shoes', name: 'Shoes', parent: 'sneakers-and-runners' },
  { slug: 'home', name: 'Home', parent: null },
  { slug: 'kitchen', name: 'Kitchen', parent: 'home' },
  { slug: 'cookware', name: 'Cookware & knives', parent: 'kitchen' },
  { slug: 'coffee', name: 'Coffee', parent: 'kitchen' },
  { slug: 'tableware', name: 'Tableware', parent: 'kitchen' },
  { slug: 'bed-and-bath', name: 'Bed & bath', parent: 'home' },
  { slug: 'bath', name: 'Bath', parent: 'bed-and-bath' },
  { slug: 'bedroom', name: 'Bedroom', parent: 'bed-and-bath' },
];

export const DEMO_SIZE_RUNS = {
  apparel: ['XS', 'S', 'M', 'L', 'XL'],
  waist: ['28', '30', '32', '34', '36'],
  shoe: ['39', '40', '41', '42', '43', '44', '45'],
  sock: ['S/M', 'L/XL'],
} as const;

export const DEMO_COLLECTIONS = [
  { slug: 'new-arrivals', title: 'New arrivals', products: ['rain-shell-jacket', 'linen-summer-shirt', 'ceramic-pour-over-set', 'trail-running-shoes', 'silk-scarf'] },
  { slug: 'kitchen-essentials', title: 'Kitchen essentials', products: ['cast-iron-skillet', 'chef-knife-8-inch', 'bamboo-cutting-board', 'french-press-1l'] },
] as const;

/** EUR price: the US price × 0.95, ending in .00 or .50 — fixed, so every install shows the same numbers. */
export function demoEuroPrice(usdCents: number): number {
  return Math.round((usdCents * 0.95) / 50) * 50;
}

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  { brand: 'northfield', category: 't-shirts', material: 'Organic cotton', sizes: 'apparel', slug: 'classic-white-tee', title: 'Classic White Tee', priceCents: 1900, description: 'A heavyweight organic-cotton T-shirt with a relaxed fit and a collar that keeps its shape wash after wash.' },
  { brand: 'northfield', category: 't-shirts', material: 'Organic cotton', sizes: 'apparel', slug: 'heather-grey-tee', title: 'Heather Grey Tee', priceCents: 1900, description: 'Our everyday tee in soft heather grey: breathable jersey, reinforced shoulder seams, pre-shrunk.' },
  { brand: 'loom-and-co', category: 'jackets', material: 'Selvedge denim', sizes: 'apparel', slug: 'indigo-denim-jacket', title: 'Indigo Denim Jacket', priceCents: 8900, description: 'A 13 oz selvedge denim trucker jacket that fades beautifully with wear. Copper buttons, two chest pockets.' },
  { brand: 'loom-and-co', category: 'trousers', material: 'Stretch denim', sizes: 'waist', slug: 'black-slim-jeans', title: 'Black Slim Jeans', priceCents: 6900, description: 'Slim through the thigh with a tapered leg, cut from stretch denim that keeps its deep black.' },
  { brand: 'northfield', category: 'knitwear', material: 'Merino wool', sizes: 'apparel', slug: 'merino-crew-sweater', title: 'Merino Crew Sweater', priceCents: 9800, description: 'Fine-gauge extra-fine merino, warm without bulk, naturally odour resistant.' },
  { brand: 'loom-and-co', category: 'shirts', material: 'Linen', sizes: 'apparel', slug: 'linen-summer-shirt', title: 'Linen Summer Shirt', priceCents: 5400, description: 'Garment-washed European linen with a camp collar — made for hot days.' },
  { brand: 'field-goods', category: 'bags', material: 'Waxed canvas', slug: 'canvas-weekender-bag', title: 'Canvas Weekender Bag', priceCents: 12500, description: 'Waxed canvas and leather trim, a padded laptop sleeve and room for three days away.' },
  { brand: 'field-goods', category: 'small-leather-goods', material: 'Vegetable-tanned leather', slug: 'leather-card-wallet', title: 'Leather Card Wallet', priceCents: 3500, description: 'Vegetable-tanned leather, four card slots and a centre pocket for folded notes.' },
  { brand: 'stride', category: 'shoes', material: 'Recycled mesh', sizes: 'shoe', slug: 'trail-running-shoes', title: 'Trail Running Shoes', priceCents: 13000, description: 'Grippy lugged outsole, a rock plate and a breathable upper for long days off-road.' },
  { brand: 'stride', category: 'shoes', material: 'Leather', sizes: 'shoe', slug: 'everyday-sneakers', title: 'Everyday Sneakers', priceCents: 8500, description: 'Minimal leather low-tops on a cushioned rubber cupsole. Go with everything.' },
  { brand: 'northfield', category: 'hats', material: 'Lambswool', slug: 'wool-beanie', title: 'Wool Beanie', priceCents: 2800, description: 'A ribbed lambswool beanie with a fold-over cuff. One size fits most.' },
  { brand: 'northfield', category: 'socks', material: 'Combed cotton', sizes: 'sock', slug: 'cotton-socks-3-pack', title: 'Cotton Socks (3-Pack)', priceCents: 1600, description: 'Combed-cotton crew socks with a cushioned sole and a seamless toe.' },
  { brand: 'stride', category: 'jackets', material: 'Recycled nylon', sizes: 'apparel', slug: 'rain-shell-jacket', title: 'Rain Shell Jacket', priceCents: 15900, description: 'A packable, fully taped three-layer shell that keeps the weather out and lets you breathe.' },
  { brand: 'northfield', category: 'knitwear', material: 'Organic cotton', sizes: 'apparel', slug: 'organic-hoodie', title: 'Organic Hoodie', priceCents: 7200, description: 'Brushed-back organic fleece, a double-layer hood and kangaroo pocket.' },
  { brand: 'loom-and-co', category: 'trousers', material: 'Cotton twill', sizes: 'waist', slug: 'chino-shorts', title: 'Chino Shorts', priceCents: 4500, description: 'Mid-length cotton twill shorts with a touch of stretch and a clean flat front.' },
  { brand: 'field-goods', category: 'scarves', material: 'Silk', slug: 'silk-scarf', title: 'Silk Scarf', priceCents: 6500, description: 'A hand-rolled silk twill scarf printed with an abstract botanical pattern.' },
  { brand: 'hearth', category: 'coffee', material: 'Porcelain', slug: 'ceramic-pour-over-set', title: 'Ceramic Pour-Over Set', priceCents: 4800, description: 'A porcelain dripper and carafe for a clean, bright cup. Uses standard #2 filters.' },
  { brand: 'hearth', category: 'tableware', material: 'Stoneware', slug: 'stoneware-mug', title: 'Stoneware Mug', priceCents: 2200, description: 'A hand-glazed 350 ml stoneware mug; every one is a little different. Dishwasher safe.' },
  { brand: 'hearth', category: 'cookware', material: 'Cast iron', slug: 'cast-iron-skillet', title: 'Cast Iron Skillet', priceCents: 5900, description: 'A pre-seasoned 26 cm skillet that goes from hob to oven to table and lasts a lifetime.' },
  { brand: 'hearth', category: 'cookware', material: 'High-carbon steel', slug: 'chef-knife-8-inch', title: 'Chef Knife 8"', priceCents: 11500, description: 'A forged high-carbon stainless chef knife, balanced and razor sharp out of the box.' },
  { brand: 'hearth', category: 'cookware', material: 'Bamboo', slug: 'bamboo-cutting-board', title: 'Bamboo Cutting Board', priceCents: 3200, description: 'A thick end-grain bamboo board with a juice groove; kind to your knives.' },
  { brand: 'hearth', category: 'coffee', material: 'Stainless steel', slug: 'french-press-1l', title: 'French Press 1 L', priceCents: 3900, description: 'Double-walled stainless steel keeps eight cups hot; a four-level filter for a clean brew.' },
  { brand: 'hearth', category: 'bath', material: 'Turkish cotton', slug: 'waffle-bath-towel', title: 'Waffle Bath Towel', priceCents: 3600, description: 'Lightweight Turkish-cotton waffle weave that dries quickly and softens with every wash.' },
  { brand: 'hearth', category: 'bedroom', material: 'French linen', slug: 'linen-duvet-cover', title: 'Linen Duvet Cover', priceCents: 18900, description: 'Stone-washed French linen, cool in summer and warm in winter. Queen size, coconut buttons.' },
];
