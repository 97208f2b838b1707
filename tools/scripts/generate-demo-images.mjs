#!/usr/bin/env node
// Writes one SVG illustration per demo product into apps/storefront/public/media/demo/<slug>.svg.
// Deterministic: the same slug always gives the same picture (background hue from an FNV-1a hash of the slug),
// so re-running the script changes nothing unless this file changes. Plain Node, no dependencies.
//   node tools/scripts/generate-demo-images.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '../../apps/storefront/public/media/demo');

/** slug → [title, illustration, item colour]. The catalog's own titles may differ; these label the picture only. */
const PRODUCTS = {
  'classic-white-tee': ['Classic White Tee', 'tee', '#f8f7f4'],
  'heather-grey-tee': ['Heather Grey Tee', 'tee', '#9a9ca0'],
  'indigo-denim-jacket': ['Indigo Denim Jacket', 'jacket', '#3b4f7d'],
  'black-slim-jeans': ['Black Slim Jeans', 'jeans', '#2b2d31'],
  'merino-crew-sweater': ['Merino Crew Sweater', 'sweater', '#8c5a3c'],
  'linen-summer-shirt': ['Linen Summer Shirt', 'shirt', '#e9dfc9'],
  'canvas-weekender-bag': ['Canvas Weekender Bag', 'bag', '#6b7b4f'],
  'leather-card-wallet': ['Leather Card Wallet', 'wallet', '#8a4b2a'],
  'trail-running-shoes': ['Trail Running Shoes', 'shoe', '#d9622b'],
  'everyday-sneakers': ['Everyday Sneakers', 'shoe', '#f4f4f2'],
  'wool-beanie': ['Wool Beanie', 'beanie', '#b23a48'],
  'cotton-socks-3-pack': ['Cotton Socks 3-Pack', 'socks', '#4f7ca8'],
  'rain-shell-jacket': ['Rain Shell Jacket', 'shell', '#e3b63b'],
  'organic-hoodie': ['Organic Hoodie', 'hoodie', '#5e7d6a'],
  'chino-shorts': ['Chino Shorts', 'shorts', '#c8ad7f'],
  'silk-scarf': ['Silk Scarf', 'scarf', '#c4577a'],
  'ceramic-pour-over-set': ['Ceramic Pour-Over Set', 'pourover', '#efe9e1'],
  'stoneware-mug': ['Stoneware Mug', 'mug', '#5f7f8f'],
  'cast-iron-skillet': ['Cast Iron Skillet', 'skillet', '#33312f'],
  'chef-knife-8-inch': ['Chef Knife 8 Inch', 'knife', '#c9ced4'],
  'bamboo-cutting-board': ['Bamboo Cutting Board', 'board', '#d4a767'],
  'french-press-1l': ['French Press 1 L', 'press', '#b9c7cc'],
  'waffle-bath-towel': ['Waffle Bath Towel', 'towel', '#f1ece4'],
  'linen-duvet-cover': ['Linen Duvet Cover', 'duvet', '#a9b8c9'],
};

/** FNV-1a, 32 bit: a tiny, stable string hash. */
function hash(text) {
  let h = 0x811c9dc5;
  for (const char of text) {
    h ^= char.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function hslToHex(h, s, l) {
  const a = s * Math.min(l, 1 - l);
  const channel = (n) => {
    const k = (n + h / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** Mixes a hex colour towards black (amount > 0) or white (amount < 0). */
function shade(hex, amount) {
  const target = amount > 0 ? 0 : 255;
  const t = Math.abs(amount);
  const parts = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${parts.map((v) => Math.round(v + (target - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Each illustration is drawn around (300, 270) in a 600×600 box; c is the item colour, d a darker edge. */
const ILLUSTRATIONS = {
  tee: (c, d) => `<path d="M210 170l50-20q40 25 80 0l50 20 40 60-40 20-10-15v145H220V235l-10 15-40-20z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M262 152q38 32 76 0" fill="none" stroke="${d}" stroke-width="4"/>`,
  jacket: (c, d) => `<path d="M220 160l45-15q35 20 70 0l45 15 40 50 20 160-35 5-20-125v140H215V250l-20 125-35-5 20-160z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M300 165v225M250 250h30M320 250h30" stroke="${d}" stroke-width="4"/><path d="M265 145l35 45 35-45" fill="none" stroke="${d}" stroke-width="4"/>`,
  sweater: (c, d) => `<path d="M220 160l45-15q35 25 70 0l45 15 40 50 20 160-35 5-20-125v140H215V250l-20 125-35-5 20-160z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M215 370h170M160 355l35 5M405 360l35-5M265 147q35 35 70 0" fill="none" stroke="${d}" stroke-width="6"/>`,
  shirt: (c, d) => `<path d="M220 160l45-15h70l45 15 40 50 20 160-35 5-20-125v140H215V250l-20 125-35-5 20-160z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M265 145l35 30 35-30M265 145l-5 40 40-10 40 10-5-40M300 175v215" fill="none" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><g fill="${d}"><circle cx="310" cy="220" r="5"/><circle cx="310" cy="270" r="5"/><circle cx="310" cy="320" r="5"/></g>`,
  hoodie: (c, d) => `<path d="M240 170q-5-60 60-65 65 5 60 65z" fill="${shade(c, 0.2)}"/><path d="M220 160l45-15q35 30 70 0l45 15 40 50 20 160-35 5-20-125v140H215V250l-20 125-35-5 20-160z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M250 320h100l-15 40h-70z" fill="none" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M285 165v45M315 165v45" stroke="${d}" stroke-width="4" stroke-linecap="round"/>`,
  shell: (c, d) => `<path d="M245 160q0-70 55-70t55 70z" fill="${shade(c, 0.15)}" stroke="${d}" stroke-width="4"/><path d="M220 160l45-15q35 15 70 0l45 15 40 50 20 160-35 5-20-125v140H215V250l-20 125-35-5 20-160z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M300 160v230" stroke="${d}" stroke-width="5" stroke-dasharray="8 6"/>`,
  jeans: (c, d) => `<path d="M230 140h140l20 260h-70l-20-165-20 165h-70z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M232 165h136M300 165v55M250 165q5 30 35 35M350 165q-5 30-35 35" fill="none" stroke="${shade(c, -0.3)}" stroke-width="4"/>`,
  shorts: (c, d) => `<path d="M215 190h170l20 145h-90l-15-80-15 80h-90z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M217 215h166M300 215v40" stroke="${d}" stroke-width="4"/>`,
  bag: (c, d) => `<path d="M240 215q0-65 60-65t60 65" fill="none" stroke="${d}" stroke-width="14" stroke-linecap="round"/><rect x="160" y="210" width="280" height="170" rx="36" fill="${c}" stroke="${d}" stroke-width="4"/><path d="M160 255h280" stroke="${d}" stroke-width="4"/><rect x="280" y="245" width="40" height="22" rx="5" fill="${shade(c, 0.35)}"/>`,
  wallet: (c, d) => `<rect x="190" y="190" width="220" height="150" rx="18" fill="${c}" stroke="${d}" stroke-width="4"/><path d="M190 230h220M190 265h220" stroke="${shade(c, 0.3)}" stroke-width="4"/><rect x="215" y="170" width="120" height="40" rx="6" fill="#f4f1ea" stroke="${d}" stroke-width="3"/><path d="M200 200h200" stroke="${shade(c, -0.3)}" stroke-width="2" stroke-dasharray="6 5"/>`,
  shoe: (c, d) => `<path d="M150 340l15-75q40-5 75-35l55-5q35 60 115 70 40 5 40 45z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><rect x="145" y="335" width="310" height="28" rx="14" fill="${d}"/><path d="M260 235l25 35M280 230l25 35M300 228l22 35" stroke="${d}" stroke-width="4" stroke-linecap="round"/>`,
  beanie: (c, d) => `<circle cx="300" cy="170" r="28" fill="${shade(c, -0.35)}"/><path d="M195 330q0-140 105-140t105 140z" fill="${c}" stroke="${d}" stroke-width="4"/><rect x="185" y="315" width="230" height="60" rx="14" fill="${shade(c, 0.12)}" stroke="${d}" stroke-width="4"/><path d="M225 320v50M265 320v50M305 320v50M345 320v50M385 320v50" stroke="${d}" stroke-width="3" opacity=".5"/>`,
  socks: (c, d) => [shade(c, -0.35), c, shade(c, 0.3)].map((tint, i) => `<path transform="translate(${i * 55 - 70} ${i * 10 - 10})" d="M250 150h60v150q0 40 40 50l30 8q25 12 15 37-10 20-40 15l-65-15q-40-10-40-55z" fill="${tint}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/>`).join(''),
  scarf: (c, d) => `<path d="M180 180q60-40 120 0t120 0v70q-60 40-120 0t-120 0z" fill="${c}" stroke="${d}" stroke-width="4"/><path d="M250 235l-30 150h60l10-140z" fill="${shade(c, 0.15)}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M225 385v20M240 385v20M255 385v20M270 385v20" stroke="${d}" stroke-width="4"/>`,
  pourover: (c, d) => `<path d="M215 150h170l-55 80h-60z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M270 230h60l5 20h-70z" fill="${shade(c, 0.2)}"/><path d="M245 260h110q25 55 0 125H245q-25-70 0-125z" fill="${shade(c, -0.2)}" fill-opacity=".7" stroke="${d}" stroke-width="4"/><path d="M235 325q40 15 130 0" fill="none" stroke="#7a4b2d" stroke-width="22" opacity=".55"/>`,
  mug: (c, d) => `<path d="M250 150q-15 20 0 40M300 140q-15 20 0 40" fill="none" stroke="${d}" stroke-width="5" stroke-linecap="round" opacity=".45"/><path d="M360 245h25a40 40 0 0 1 0 80h-25" fill="none" stroke="${d}" stroke-width="18"/><rect x="200" y="210" width="170" height="170" rx="26" fill="${c}" stroke="${d}" stroke-width="4"/><path d="M200 250h170" stroke="${shade(c, -0.3)}" stroke-width="10"/>`,
  skillet: (c) => `<rect x="340" y="258" width="160" height="30" rx="15" fill="${c}" transform="rotate(-12 340 273)"/><circle cx="260" cy="290" r="120" fill="${c}"/><circle cx="260" cy="290" r="98" fill="${shade(c, -0.15)}"/><circle cx="230" cy="262" r="30" fill="#f1c84b"/><circle cx="230" cy="262" r="12" fill="#e8902a"/>`,
  knife: (c) => `<g transform="rotate(-30 300 280)"><path d="M150 255h240v50H190q-40 0-40-50z" fill="${c}" stroke="${shade(c, 0.35)}" stroke-width="4" stroke-linejoin="round"/><rect x="385" y="250" width="120" height="60" rx="14" fill="#2f2a26"/><circle cx="420" cy="280" r="6" fill="#c9ced4"/><circle cx="470" cy="280" r="6" fill="#c9ced4"/></g>`,
  board: (c, d) => `<rect x="165" y="175" width="270" height="200" rx="28" fill="${c}" stroke="${d}" stroke-width="4"/><path d="M165 225h270M165 275h270M165 325h270" stroke="${d}" stroke-width="3" opacity=".35"/><circle cx="400" cy="205" r="12" fill="#fff" fill-opacity=".7" stroke="${d}" stroke-width="3"/>`,
  press: (c, d) => `<rect x="292" y="125" width="16" height="60" fill="${d}"/><circle cx="300" cy="120" r="16" fill="${d}"/><rect x="225" y="175" width="150" height="30" rx="8" fill="${d}"/><path d="M375 230h25q20 0 20 20v80q0 20-20 20h-25" fill="none" stroke="${d}" stroke-width="14"/><rect x="230" y="200" width="140" height="185" rx="10" fill="${c}" fill-opacity=".55" stroke="${d}" stroke-width="4"/><rect x="234" y="285" width="132" height="96" rx="6" fill="#6b4327" opacity=".8"/><rect x="215" y="380" width="170" height="16" rx="8" fill="${d}"/>`,
  towel: (c, d) => `<defs><pattern id="w" width="16" height="16" patternUnits="userSpaceOnUse"><rect width="16" height="16" fill="${c}"/><rect x="3" y="3" width="10" height="10" fill="${shade(c, 0.06)}"/></pattern></defs><rect x="170" y="290" width="260" height="80" rx="14" fill="url(#w)" stroke="${d}" stroke-width="4"/><rect x="185" y="215" width="230" height="80" rx="14" fill="url(#w)" stroke="${d}" stroke-width="4"/><rect x="200" y="140" width="200" height="80" rx="14" fill="url(#w)" stroke="${d}" stroke-width="4"/>`,
  duvet: (c, d) => `<rect x="195" y="150" width="95" height="50" rx="18" fill="#fbfaf7" stroke="${d}" stroke-width="3"/><rect x="310" y="150" width="95" height="50" rx="18" fill="#fbfaf7" stroke="${d}" stroke-width="3"/><path d="M170 205h260v170q-130 20-260 0z" fill="${c}" stroke="${d}" stroke-width="4" stroke-linejoin="round"/><path d="M170 245h260" stroke="${shade(c, -0.4)}" stroke-width="14"/>`,
};

function svgFor(slug, [title, kind, itemColour]) {
  const hue = hash(slug) % 360;
  const background = hslToHex(hue, 0.42, 0.9);
  const halo = hslToHex(hue, 0.5, 0.95);
  const edge = shade(itemColour, 0.45);
  const draw = ILLUSTRATIONS[kind];
  if (!draw) throw new Error(`No illustration "${kind}" for ${slug}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">`,
    `<rect width="600" height="600" fill="${background}"/>`,
    `<circle cx="300" cy="270" r="200" fill="${halo}"/>`,
    `<ellipse cx="300" cy="420" rx="170" ry="16" fill="#000" opacity=".08"/>`,
    draw(itemColour, edge),
    `<text x="300" y="530" text-anchor="middle" font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif" font-size="36" font-weight="600" fill="#2a2724">${escapeXml(title)}</text>`,
    `</svg>`,
    '',
  ].join('\n');
}

mkdirSync(outDir, { recursive: true });
for (const [slug, product] of Object.entries(PRODUCTS)) {
  const svg = svgFor(slug, product);
  writeFileSync(join(outDir, `${slug}.svg`), svg);
  console.log(`${slug}.svg  ${svg.length} bytes`);
}
