/** The demo catalog a fresh shop starts with: fixed titles, prices (USD cents) and images, so every install looks the same. */
export interface DemoProduct {
  readonly slug: string;
  readonly title: string;
  readonly description: string;
  readonly priceCents: number;
}

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  { slug: 'classic-white-tee', title: 'Classic White Tee', priceCents: 1900, description: 'A heavyweight organic-cotton T-shirt with a relaxed fit and a collar that keeps its shape wash after wash.' },
  { slug: 'heather-grey-tee', title: 'Heather Grey Tee', priceCents: 1900, description: 'Our everyday tee in soft heather grey: breathable jersey, reinforced shoulder seams, pre-shrunk.' },
  { slug: 'indigo-denim-jacket', title: 'Indigo Denim Jacket', priceCents: 8900, description: 'A 13 oz selvedge denim trucker jacket that fades beautifully with wear. Copper buttons, two chest pockets.' },
  { slug: 'black-slim-jeans', title: 'Black Slim Jeans', priceCents: 6900, description: 'Slim through the thigh with a tapered leg, cut from stretch denim that keeps its deep black.' },
  { slug: 'merino-crew-sweater', title: 'Merino Crew Sweater', priceCents: 9800, description: 'Fine-gauge extra-fine merino, warm without bulk, naturally odour resistant.' },
  { slug: 'linen-summer-shirt', title: 'Linen Summer Shirt', priceCents: 5400, description: 'Garment-washed European linen with a camp collar — made for hot days.' },
  { slug: 'canvas-weekender-bag', title: 'Canvas Weekender Bag', priceCents: 12500, description: 'Waxed canvas and leather trim, a padded laptop sleeve and room for three days away.' },
  { slug: 'leather-card-wallet', title: 'Leather Card Wallet', priceCents: 3500, description: 'Vegetable-tanned leather, four card slots and a centre pocket for folded notes.' },
  { slug: 'trail-running-shoes', title: 'Trail Running Shoes', priceCents: 13000, description: 'Grippy lugged outsole, a rock plate and a breathable upper for long days off-road.' },
  { slug: 'everyday-sneakers', title: 'Everyday Sneakers', priceCents: 8500, description: 'Minimal leather low-tops on a cushioned rubber cupsole. Go with everything.' },
  { slug: 'wool-beanie', title: 'Wool Beanie', priceCents: 2800, description: 'A ribbed lambswool beanie with a fold-over cuff. One size fits most.' },
  { slug: 'cotton-socks-3-pack', title: 'Cotton Socks (3-Pack)', priceCents: 1600, description: 'Combed-cotton crew socks with a cushioned sole and a seamless toe.' },
  { slug: 'rain-shell-jacket', title: 'Rain Shell Jacket', priceCents: 15900, description: 'A packable, fully taped three-layer shell that keeps the weather out and lets you breathe.' },
  { slug: 'organic-hoodie', title: 'Organic Hoodie', priceCents: 7200, description: 'Brushed-back organic fleece, a double-layer hood and kangaroo pocket.' },
  { slug: 'chino-shorts', title: 'Chino Shorts', priceCents: 4500, description: 'Mid-length cotton twill shorts with a touch of stretch and a clean flat front.' },
  { slug: 'silk-scarf', title: 'Silk Scarf', priceCents: 6500, description: 'A hand-rolled silk twill scarf printed with an abstract botanical pattern.' },
  { slug: 'ceramic-pour-over-set', title: 'Ceramic Pour-Over Set', priceCents: 4800, description: 'A porcelain dripper and carafe for a clean, bright cup. Uses standard #2 filters.' },
  { slug: 'stoneware-mug', title: 'Stoneware Mug', priceCents: 2200, description: 'A hand-glazed 350 ml stoneware mug; every one is a little different. Dishwasher safe.' },
  { slug: 'cast-iron-skillet', title: 'Cast Iron Skillet', priceCents: 5900, description: 'A pre-seasoned 26 cm skillet that goes from hob to oven to table and lasts a lifetime.' },
  { slug: 'chef-knife-8-inch', title: 'Chef Knife 8"', priceCents: 11500, description: 'A forged high-carbon stainless chef knife, balanced and razor sharp out of the box.' },
  { slug: 'bamboo-cutting-board', title: 'Bamboo Cutting Board', priceCents: 3200, description: 'A thick end-grain bamboo board with a juice groove; kind to your knives.' },
  { slug: 'french-press-1l', title: 'French Press 1 L', priceCents: 3900, description: 'Double-walled stainless steel keeps eight cups hot; a four-level filter for a clean brew.' },
  { slug: 'waffle-bath-towel', title: 'Waffle Bath Towel', priceCents: 3600, description: 'Lightweight Turkish-cotton waffle weave that dries quickly and softens with every wash.' },
  { slug: 'linen-duvet-cover', title: 'Linen Duvet Cover', priceCents: 18900, description: 'Stone-washed French linen, cool in summer and warm in winter. Queen size, coconut buttons.' },
];
