import { promotionFieldsSchema, type PromotionFieldsInput } from '@emporium/cart-contracts';
import { type OffsetAt, isoToLocalInput, localInputToIso } from '../lib/local-datetime';
import { amountInputValue, parseOptionalAmount } from '../lib/money-input';
import { parsePercent, percentInputValue } from '../lib/percent-input';
import { type CheckProblems, checkInput, numberInput, type SchemaCheck } from '../lib/schema-check';
import type { Amounts, Discount, DiscountKind } from './discount-summary';

/**
 * What the promotion editor holds (text as typed) and how it becomes the API's `promotionFieldsSchema` input: percents
 * become basis points, amounts minor units, local date-times instants with the browser's offset. The form's field
 * names are what `promotionField` maps the API's paths to, so the browser's and the server's messages land together.
 */

/** The currencies a promotion's amounts are entered in; one stored in another currency gets a field of its own too. */
export const PROMOTION_CURRENCIES: readonly string[] = ['USD', 'EUR'];

type AmountTexts = Readonly<Record<string, string>>;

export interface PromotionDraft {
  readonly name: string;
  readonly description: string;
  readonly trigger: 'code' | 'automatic';
  readonly kind: DiscountKind;
  /** Percentage off ("12.5"). */
  readonly percent: string;
  readonly per: 'order' | 'unit';
  /** Fixed amount off, by currency ("5.00"); blank: no amount in that currency. */
  readonly amounts: AmountTexts;
  /** Fixed price, by currency. */
  readonly unitPrices: AmountTexts;
  readonly buy: string;
  readonly get: string;
  /** Buy X get Y: the percentage off the Y items ("100" is free). */
  readonly percentOff: string;
  readonly productIds: readonly string[];
  readonly categoryIds: readonly string[];
  readonly minimumSubtotal: AmountTexts;
  /** `datetime-local` text on the browser's clock; blank: no date. */
  readonly startsAt: string;
  readonly endsAt: string;
  readonly usageLimit: string;
  readonly perCustomerLimit: string;
  readonly combinable: 'stackable' | 'exclusive';
  readonly active: boolean;
}

/** A stored promotion as the API sends it (instants as ISO strings). */
export interface StoredPromotion {
  readonly name: string;
  readonly description: string;
  readonly trigger: 'code' | 'automatic';
  readonly discount: Discount;
  readonly productIds: readonly string[];
  readonly categoryIds: readonly string[];
  readonly minimumSubtotal: Amounts;
  readonly startsAt: string | null;
  readonly endsAt: string | null;
  readonly usageLimit: number | null;
  readonly perCustomerLimit: number | null;
  readonly combinable: 'stackable' | 'exclusive';
  readonly active: boolean;
}

export function newPromotionDraft(): PromotionDraft {
  return {
    name: '',
    description: '',
    trigger: 'code',
    kind: 'percentage',
    percent: '',
    per: 'order',
    amounts: {},
    unitPrices: {},
    buy: '2',
    get: '1',
    percentOff: '100',
    productIds: [],
    categoryIds: [],
    minimumSubtotal: {},
    startsAt: '',
    endsAt: '',
    usageLimit: '',
    perCustomerLimit: '',
    combinable: 'stackable',
    active: true,
  };
}

function amountTexts(amounts: Amounts): AmountTexts {
  const texts: Record<string, string> = {};
  for (const [currency, amount] of Object.entries(amounts)) if (typeof amount === 'number') texts[currency] = amountInputValue(amount, currency);
  return texts;
}

/** The editor's starting point for a stored promotion; the other kinds' fields keep their defaults. */
export function promotionDraft(stored: StoredPromotion, offsetAt?: (instant: Date) => number): PromotionDraft {
  const { discount } = stored;
  const base = newPromotionDraft();
  return {
    ...base,
    name: stored.name,
    description: stored.description,
    trigger: stored.trigger,
    kind: discount.kind,
    percent: discount.kind === 'percentage' ? percentInputValue(discount.basisPoints) : base.percent,
    per: discount.kind === 'fixed_amount' ? discount.per : base.per,
    amounts: discount.kind === 'fixed_amount' ? amountTexts(discount.amounts) : base.amounts,
    unitPrices: discount.kind === 'fixed_price' ? amountTexts(discount.unitPrices) : base.unitPrices,
    buy: discount.kind === 'buy_x_get_y' ? String(discount.buy) : base.buy,
    get: discount.kind === 'buy_x_get_y' ? String(discount.get) : base.get,
    percentOff: discount.kind === 'buy_x_get_y' ? percentInputValue(discount.basisPointsOff) : base.percentOff,
    productIds: [...stored.productIds],
    categoryIds: [...stored.categoryIds],
    minimumSubtotal: amountTexts(stored.minimumSubtotal),
    startsAt: isoToLocalInput(stored.startsAt, offsetAt),
    endsAt: isoToLocalInput(stored.endsAt, offsetAt),
    usageLimit: stored.usageLimit === null ? '' : String(stored.usageLimit),
    perCustomerLimit: stored.perCustomerLimit === null ? '' : String(stored.perCustomerLimit),
    combinable: stored.combinable,
    active: stored.active,
  };
}

/** The currencies the draft shows amount fields for: the shop's usual ones, then any other the promotion has. */
export function draftCurrencies(draft: Pick<PromotionDraft, 'amounts' | 'unitPrices' | 'minimumSubtotal'>): string[] {
  const extra = [...Object.keys(draft.amounts), ...Object.keys(draft.unitPrices), ...Object.keys(draft.minimumSubtotal)];
  return [...new Set([...PROMOTION_CURRENCIES, ...extra])];
}

const SIMPLE_FIELDS = new Set([
  'name',
  'description',
  'trigger',
  'kind',
  'percent',
  'per',
  'amounts',
  'unitPrices',
  'buy',
  'get',
  'percentOff',
  'productIds',
  'categoryIds',
  'minimumSubtotal',
  'startsAt',
  'endsAt',
  'usageLimit',
  'perCustomerLimit',
  'combinable',
  'active',
]);

const DISCOUNT_FIELDS: Readonly<Record<string, string>> = { basisPoints: 'percent', basisPointsOff: 'percentOff', buy: 'buy', get: 'get', per: 'per', kind: 'kind' };

/**
 * The editor field a path names: the API's (`fields.discount.basisPoints` → `percent`, `discount.amounts.USD` →
 * `amounts.USD`, `productIds.3` → `productIds`) or a field's own name; null when no field shows it.
 */
export function promotionField(path: string): string | null {
  const parts = path.replace(/^fields\./, '').split('.');
  const [head, second, third] = parts;
  let field: string | undefined;
  if (head === 'discount') {
    if (second === undefined) field = 'kind';
    else if (second === 'amounts' || second === 'unitPrices') field = third === undefined ? second : `${second}.${third}`;
    else field = DISCOUNT_FIELDS[second];
  } else if (head === 'productIds' || head === 'categoryIds') {
    field = head;
  } else if ((head === 'amounts' || head === 'unitPrices' || head === 'minimumSubtotal') && second !== undefined) {
    field = /^[A-Za-z]{3}$/.test(second) ? `${head}.${second.toUpperCase()}` : head;
  } else if (parts.length === 1) {
    field = head;
  }
  return field !== undefined && (SIMPLE_FIELDS.has(field) || /^(amounts|unitPrices|minimumSubtotal)\.[A-Z]{3}$/.test(field)) ? field : null;
}

/** Amount texts as minor units by currency; blank ones are left out, unreadable ones reported at `<field>.<CUR>`. */
function readAmounts(field: string, texts: AmountTexts, problems: Record<string, string>): Record<string, number> {
  const amounts: Record<string, number> = {};
  for (const [currency, text] of Object.entries(texts)) {
    const parsed = parseOptionalAmount(text, currency);
    if (!parsed.ok) problems[`${field}.${currency}`] = parsed.message;
    else if (parsed.amount !== null) amounts[currency] = parsed.amount;
  }
  return amounts;
}

function readPercent(field: string, text: string, problems: Record<string, string>): number | undefined {
  const parsed = parsePercent(text);
  if (!parsed.ok) problems[field] = parsed.message;
  else if (parsed.basisPoints === 0) problems[field] = 'Enter more than 0 %';
  else return parsed.basisPoints;
  return undefined;
}

function readDate(field: string, text: string, problems: Record<string, string>, offsetAt?: OffsetAt): string | null | undefined {
  const parsed = localInputToIso(text, offsetAt);
  if (parsed.ok) return parsed.iso;
  problems[field] = parsed.message;
  return undefined;
}

/** A blank limit is none; anything else goes to the schema as a number (or as something it refuses). */
const optionalWhole = (text: string) => (text.trim() === '' ? null : numberInput(text));

function discountOf(draft: PromotionDraft, problems: Record<string, string>) {
  switch (draft.kind) {
    case 'percentage':
      return { kind: draft.kind, basisPoints: readPercent('percent', draft.percent, problems) };
    case 'fixed_amount':
      return { kind: draft.kind, per: draft.per, amounts: readAmounts('amounts', draft.amounts, problems) };
    case 'fixed_price':
      return { kind: draft.kind, unitPrices: readAmounts('unitPrices', draft.unitPrices, problems) };
    case 'buy_x_get_y':
      return { kind: draft.kind, buy: numberInput(draft.buy), get: numberInput(draft.get), basisPointsOff: readPercent('percentOff', draft.percentOff, problems) };
    case 'free_shipping':
      return { kind: draft.kind };
  }
}

/**
 * The draft as the create/update input, checked with the API's schema. The data is the input as sent (instants as
 * ISO text), not the schema's parsed output; problems are keyed by editor field (unknown paths kept as they are).
 */
export function checkPromotion(draft: PromotionDraft, offsetAt?: OffsetAt): SchemaCheck<PromotionFieldsInput> {
  const local: Record<string, string> = {};
  const input = {
    name: draft.name,
    description: draft.description,
    trigger: draft.trigger,
    discount: discountOf(draft, local),
    productIds: [...draft.productIds],
    categoryIds: [...draft.categoryIds],
    minimumSubtotal: readAmounts('minimumSubtotal', draft.minimumSubtotal, local),
    startsAt: readDate('startsAt', draft.startsAt, local, offsetAt),
    endsAt: readDate('endsAt', draft.endsAt, local, offsetAt),
    // Uses are counted per code, so an automatic promotion has no limits (the fields hide; what they held is kept).
    usageLimit: draft.trigger === 'automatic' ? null : optionalWhole(draft.usageLimit),
    perCustomerLimit: draft.trigger === 'automatic' ? null : optionalWhole(draft.perCustomerLimit),
    combinable: draft.combinable,
    active: draft.active,
  };
  const checked = checkInput(promotionFieldsSchema, input);
  if (checked.ok && Object.keys(local).length === 0) return { ok: true, data: input as PromotionFieldsInput };
  const problems: Record<string, string> = {};
  if (!checked.ok) for (const [path, message] of Object.entries(checked.problems)) problems[promotionField(path) ?? path] ??= message;
  // An amount that could not be read was left out; "enter an amount" would then only repeat its own message.
  for (const group of ['amounts', 'unitPrices', 'minimumSubtotal']) if (Object.keys(local).some((key) => key.startsWith(`${group}.`))) delete problems[group];
  return { ok: false, problems: { ...problems, ...local } satisfies CheckProblems };
}
