import type { PlaceholderKind } from './placeholder-svg';

/** How a kind of product is sold: which options its variants come in, which attributes and words describe it. */
export type Family = 'apparel' | 'bottoms' | 'footwear' | 'accessory' | 'home';

export interface LeafSpec {
  readonly slug: string;
  readonly name: string;
  readonly family: Family;
  readonly kind: PlaceholderKind;
  /** Title nouns, singular (plural for pairs: "Loafers"). None contains a material word. */
  readonly nouns: readonly string[];
  readonly materials: readonly string[];
  /** Whole US dollars, both included. */
  readonly price: readonly [number, number];
  /** Grams for the smallest variant. */
  readonly weight: readonly [number, number];
  /** A size run for accessories and home goods that come in sizes (cookware diameters, bed sizes…). */
  readonly sizes?: readonly string[];
}

export interface GroupSpec {
  readonly slug: string;
  readonly name: string;
  readonly leaves: readonly LeafSpec[];
}

export interface DepartmentSpec {
  readonly slug: string;
  readonly name: string;
  readonly groups: readonly GroupSpec[];
}

const leaf = (
  slug: string,
  name: string,
  family: Family,
  kind: PlaceholderKind,
  nouns: readonly string[],
  materials: readonly string[],
  price: readonly [number, number],
  weight: readonly [number, number],
  sizes?: readonly string[],
): LeafSpec => ({ slug, name, family, kind, nouns, materials, price, weight, ...(sizes ? { sizes } : {}) });

/** Department → group → leaf. Slugs are unique across the whole tree. */
export const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    slug: 'clothing',
    name: 'Clothing',
    groups: [
      {
        slug: 'tops',
        name: 'Tops',
        leaves: [
          leaf('t-shirts', 'T-Shirts', 'apparel', 'top', ['T-Shirt', 'Tee', 'Pocket Tee', 'Henley', 'Long-Sleeve Tee'], ['Organic Cotton', 'Cotton Jersey', 'Slub Cotton', 'Linen', 'Merino Wool', 'Hemp'], [18, 48], [140, 240]),
          leaf('shirts', 'Shirts', 'apparel', 'top', ['Shirt', 'Oxford Shirt', 'Overshirt', 'Camp Shirt', 'Button-Down'], ['Linen', 'Oxford Cotton', 'Flannel', 'Chambray', 'Corduroy', 'Poplin'], [45, 120], [220, 360]),
          leaf('knitwear', 'Knitwear', 'apparel', 'top', ['Sweater', 'Crewneck', 'Cardigan', 'Turtleneck', 'Roll-Neck'], ['Merino Wool', 'Cashmere', 'Lambswool', 'Alpaca', 'Cotton Knit', 'Mohair'], [60, 240], [300, 620]),
          leaf('hoodies-and-sweatshirts', 'Hoodies & Sweatshirts', 'apparel', 'top', ['Hoodie', 'Sweatshirt', 'Zip Hoodie', 'Half-Zip'], ['Organic Cotton', 'French Terry', 'Brushed Fleece', 'Loopback Cotton'], [45, 120], [400, 720]),
        ],
      },
      {
        slug: 'outerwear',
        name: 'Outerwear',
        leaves: [
          leaf('jackets', 'Jackets', 'apparel', 'outerwear', ['Jacket', 'Bomber Jacket', 'Chore Jacket', 'Trucker Jacket', 'Field Jacket', 'Rain Jacket'], ['Denim', 'Waxed Cotton', 'Recycled Nylon', 'Canvas', 'Suede', 'Corduroy'], [90, 320], [600, 1150]),
          leaf('coats', 'Coats', 'apparel', 'outerwear', ['Coat', 'Overcoat', 'Parka', 'Trench Coat', 'Peacoat'], ['Wool', 'Recycled Down', 'Gabardine', 'Melton Wool', 'Cotton Twill'], [160, 480], [1000, 1850]),
          leaf('vests', 'Vests', 'apparel', 'outerwear', ['Vest', 'Gilet', 'Puffer Vest', 'Quilted Vest'], ['Recycled Nylon', 'Brushed Fleece', 'Waxed Cotton', 'Wool'], [60, 160], [250, 480]),
        ],
      },
      {
        slug: 'bottoms',
        name: 'Bottoms',
        leaves: [
          leaf('trousers', 'Trousers', 'bottoms', 'bottom', ['Trousers', 'Chinos', 'Pleated Trousers', 'Drawstring Pants', 'Cargo Pants'], ['Cotton Twill', 'Linen', 'Wool', 'Corduroy', 'Ripstop'], [55, 160], [400, 680]),
          leaf('jeans', 'Jeans', 'bottoms', 'bottom', ['Jeans', 'Straight Jeans', 'Tapered Jeans', 'Wide-Leg Jeans'], ['Selvedge Denim', 'Stretch Denim', 'Organic Denim', 'Raw Denim'], [70, 220], [600, 880]),
          leaf('shorts', 'Shorts', 'bottoms', 'bottom', ['Shorts', 'Chino Shorts', 'Swim Shorts', 'Running Shorts'], ['Cotton Twill', 'Linen', 'Recycled Polyester', 'Seersucker'], [30, 80], [180, 340]),
        ],
      },
      {
        slug: 'dresses-and-skirts',
        name: 'Dresses & Skirts',
        leaves: [
          leaf('dresses', 'Dresses', 'apparel', 'dress', ['Dress', 'Shirt Dress', 'Slip Dress', 'Wrap Dress', 'Midi Dress'], ['Linen', 'Silk', 'Cotton Poplin', 'Viscose', 'Merino Wool'], [70, 260], [300, 600]),
          leaf('skirts', 'Skirts', 'apparel', 'dress', ['Skirt', 'Midi Skirt', 'Wrap Skirt', 'A-Line Skirt'], ['Linen', 'Denim', 'Wool', 'Silk', 'Corduroy'], [45, 150], [250, 450]),
          leaf('jumpsuits', 'Jumpsuits', 'apparel', 'dress', ['Jumpsuit', 'Boiler Suit', 'Overalls'], ['Cotton Twill', 'Linen', 'Denim', 'Tencel'], [80, 220], [500, 900]),
        ],
      },
    ],
  },
  {
    slug: 'footwear',
    name: 'Footwear',
    groups: [
      {
        slug: 'sneakers',
        name: 'Sneakers',
        leaves: [
          leaf('running-shoes', 'Running Shoes', 'footwear', 'footwear', ['Running Shoes', 'Trail Runners', 'Road Runners', 'Trainers'], ['Recycled Mesh', 'Engineered Knit', 'Nylon Mesh'], [80, 180], [480, 720]),
          leaf('casual-sneakers', 'Casual Sneakers', 'footwear', 'footwear', ['Sneakers', 'Low-Tops', 'High-Tops', 'Court Sneakers'], ['Leather', 'Canvas', 'Suede', 'Recycled Mesh'], [60, 160], [600, 900]),
        ],
      },
      {
        slug: 'boots',
        name: 'Boots',
        leaves: [
          leaf('ankle-boots', 'Ankle Boots', 'footwear', 'footwear', ['Chelsea Boots', 'Ankle Boots', 'Desert Boots', 'Zip Boots'], ['Leather', 'Suede', 'Waxed Leather'], [120, 320], [900, 1300]),
          leaf('hiking-boots', 'Hiking Boots', 'footwear', 'footwear', ['Hiking Boots', 'Trail Boots', 'Mountain Boots'], ['Nubuck', 'Full-Grain Leather', 'Ripstop Nylon'], [130, 300], [1000, 1500]),
        ],
      },
      {
        slug: 'shoes-and-sandals',
        name: 'Shoes & Sandals',
        leaves: [
          leaf('loafers', 'Loafers', 'footwear', 'footwear', ['Loafers', 'Penny Loafers', 'Boat Shoes', 'Derbies'], ['Leather', 'Suede', 'Patent Leather'], [110, 280], [700, 1000]),
          leaf('sandals', 'Sandals', 'footwear', 'footwear', ['Sandals', 'Slides', 'Espadrilles', 'Clogs'], ['Leather', 'Cork', 'Canvas', 'Natural Rubber'], [35, 140], [300, 700]),
        ],
      },
    ],
  },
  {
    slug: 'accessories',
    name: 'Accessories',
    groups: [
      {
        slug: 'bags',
        name: 'Bags',
        leaves: [
          leaf('backpacks', 'Backpacks', 'accessory', 'bag', ['Backpack', 'Rucksack', 'Daypack', 'Roll-Top Backpack'], ['Waxed Canvas', 'Recycled Nylon', 'Leather', 'Ripstop Nylon'], [60, 220], [600, 1200]),
          leaf('tote-bags', 'Tote Bags', 'accessory', 'bag', ['Tote', 'Shopper', 'Market Bag', 'Shoulder Bag'], ['Canvas', 'Leather', 'Jute', 'Recycled Cotton'], [25, 180], [200, 700]),
          leaf('travel-bags', 'Travel Bags', 'accessory', 'bag', ['Weekender', 'Duffel Bag', 'Holdall', 'Wash Bag'], ['Waxed Canvas', 'Leather', 'Recycled Nylon'], [40, 320], [300, 1600]),
        ],
      },
      {
        slug: 'small-leather-goods',
        name: 'Small Leather Goods',
        leaves: [
          leaf('wallets', 'Wallets', 'accessory', 'accessory', ['Wallet', 'Card Holder', 'Coin Purse', 'Billfold'], ['Vegetable-Tanned Leather', 'Pebbled Leather', 'Suede', 'Recycled Nylon'], [25, 120], [50, 150]),
          leaf('belts', 'Belts', 'accessory', 'accessory', ['Belt', 'Dress Belt', 'Woven Belt', 'Braided Belt'], ['Bridle Leather', 'Suede', 'Cotton Webbing', 'Elastic Weave'], [35, 120], [120, 260], ['80 cm', '85 cm', '90 cm', '95 cm', '100 cm', '105 cm']),
        ],
      },
      {
        slug: 'hats-scarves-and-gloves',
        name: 'Hats, Scarves & Gloves',
        leaves: [
          leaf('hats', 'Hats', 'accessory', 'accessory', ['Beanie', 'Cap', 'Bucket Hat', 'Baseball Cap', 'Fedora'], ['Lambswool', 'Merino Wool', 'Cotton Twill', 'Corduroy', 'Straw'], [20, 90], [60, 180], ['S/M', 'L/XL']),
          leaf('scarves', 'Scarves', 'accessory', 'accessory', ['Scarf', 'Wrap', 'Bandana', 'Snood'], ['Cashmere', 'Silk', 'Lambswool', 'Linen', 'Alpaca'], [25, 190], [40, 260]),
          leaf('gloves', 'Gloves', 'accessory', 'accessory', ['Gloves', 'Mittens', 'Touchscreen Gloves', 'Driving Gloves'], ['Leather', 'Merino Wool', 'Cashmere', 'Brushed Fleece'], [25, 120], [60, 160], ['S', 'M', 'L', 'XL']),
          leaf('socks', 'Socks', 'accessory', 'accessory', ['Socks', 'Crew Socks', 'Ankle Socks', 'Hiking Socks'], ['Merino Wool', 'Organic Cotton', 'Bamboo Viscose'], [12, 32], [50, 120], ['S/M', 'L/XL']),
        ],
      },
    ],
  },
  {
    slug: 'home',
    name: 'Home',
    groups: [
      {
        slug: 'kitchen',
        name: 'Kitchen',
        leaves: [
          leaf('cookware', 'Cookware', 'home', 'kitchen', ['Skillet', 'Saucepan', 'Dutch Oven', 'Frying Pan', 'Wok'], ['Cast Iron', 'Stainless Steel', 'Carbon Steel', 'Copper', 'Enamelled Cast Iron'], [35, 260], [900, 4800], ['20 cm', '24 cm', '28 cm', '32 cm']),
          leaf('knives', 'Knives', 'home', 'kitchen', ['Chef Knife', 'Paring Knife', 'Bread Knife', 'Santoku Knife', 'Utility Knife'], ['High-Carbon Steel', 'Damascus Steel', 'Stainless Steel'], [30, 240], [80, 300]),
          leaf('boards-and-utensils', 'Boards & Utensils', 'home', 'kitchen', ['Cutting Board', 'Serving Board', 'Spatula', 'Salad Servers', 'Spoon Set'], ['Walnut', 'Oak', 'Olive Wood', 'Bamboo', 'Maple'], [12, 120], [80, 2200]),
          leaf('coffee-and-tea', 'Coffee & Tea', 'home', 'kitchen', ['Pour-Over Set', 'French Press', 'Teapot', 'Coffee Grinder', 'Kettle'], ['Porcelain', 'Stainless Steel', 'Borosilicate Glass', 'Cast Iron', 'Stoneware'], [25, 180], [300, 1600]),
          leaf('tableware', 'Tableware', 'home', 'kitchen', ['Mug', 'Dinner Plate Set', 'Bowl Set', 'Tumbler Set', 'Serving Platter'], ['Stoneware', 'Porcelain', 'Recycled Glass', 'Enamel', 'Terracotta'], [14, 140], [250, 3200]),
        ],
      },
      {
        slug: 'bed-and-bath',
        name: 'Bed & Bath',
        leaves: [
          leaf('bedding', 'Bedding', 'home', 'bed-bath', ['Duvet Cover', 'Sheet Set', 'Pillowcase Pair', 'Quilt', 'Fitted Sheet'], ['Linen', 'Cotton Percale', 'Cotton Sateen', 'Organic Cotton', 'Tencel'], [45, 320], [400, 2400], ['Single', 'Double', 'Queen', 'King']),
          leaf('towels', 'Towels', 'home', 'bed-bath', ['Bath Towel', 'Hand Towel', 'Towel Set', 'Bath Sheet', 'Beach Towel'], ['Turkish Cotton', 'Waffle Cotton', 'Organic Cotton', 'Linen'], [18, 140], [200, 1400]),
          leaf('bath-accessories', 'Bath Accessories', 'home', 'bed-bath', ['Bath Mat', 'Soap Dish', 'Bathrobe', 'Shower Curtain', 'Storage Basket'], ['Cotton', 'Teak', 'Marble', 'Waffle Cotton', 'Seagrass'], [15, 140], [150, 1400]),
        ],
      },
      {
        slug: 'living',
        name: 'Living',
        leaves: [
          leaf('cushions-and-throws', 'Cushions & Throws', 'home', 'bed-bath', ['Cushion Cover', 'Throw', 'Blanket', 'Floor Cushion'], ['Linen', 'Wool', 'Velvet', 'Bouclé', 'Cotton'], [30, 220], [250, 1800], ['45 × 45 cm', '50 × 50 cm', '60 × 60 cm']),
          leaf('candles', 'Candles', 'home', 'living', ['Candle', 'Scented Candle', 'Pillar Candle', 'Tealight Set'], ['Soy Wax', 'Beeswax', 'Rapeseed Wax'], [14, 68], [150, 900]),
          leaf('vases-and-planters', 'Vases & Planters', 'home', 'living', ['Vase', 'Planter', 'Bud Vase', 'Plant Pot'], ['Ceramic', 'Terracotta', 'Glass', 'Stoneware', 'Concrete'], [18, 160], [200, 4000], ['Small', 'Medium', 'Large']),
          leaf('lighting', 'Lighting', 'home', 'living', ['Table Lamp', 'Floor Lamp', 'Pendant Light', 'Desk Lamp'], ['Brass', 'Rattan', 'Linen', 'Oak', 'Opal Glass'], [60, 420], [900, 6000]),
        ],
      },
    ],
  },
];
