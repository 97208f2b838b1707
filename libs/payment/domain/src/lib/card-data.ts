/**
 * Card data must never reach our servers' storage or logs (PCI DSS scope): the gateway's own form collects it. These
 * guards let the API refuse a request that carries it and let logs show it redacted.
 */

export const REDACTED = '[REDACTED]';

export interface CardDataFinding {
  readonly found: boolean;
  /** Where, as `$.card.number`, `$.items[2].note`, in the order of a depth-first walk. */
  readonly paths: readonly string[];
}

/** Keys whose value is card data wherever they appear, compared without case, `_`, `-` or spaces. */
const SENSITIVE_KEYS: ReadonlySet<string> = new Set(['cvc', 'cvc2', 'cvv', 'cvv2', 'cardnumber', 'track1', 'track2', 'trackdata']);
/** `number` is an ordinary word; only under a `card` object is it the card's. */
const CARD_NUMBER_KEY = 'number';
const CARD_KEY = 'card';

/** What separates words in a text; a card number is one word or several consecutive ones. */
const WORD_SEPARATORS = /[\s,;:()[\]{}"'/|]+/;
/** A word that can be (part of) a written card number: digit groups joined by dashes (`4242`, `5555-5555`). */
const DIGIT_WORD = /^\d+(?:-\d+)*$/;

/** The Luhn (mod 10) check every card number passes. `digits` holds only 0–9. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * Whether a text holds something that looks like a card number: 13–19 digits (spaces or dashes allowed between
 * them) passing the Luhn check. Within a run of digit groups (`ref 12345 4242 4242 4242 4242`) every span of whole
 * groups is tried, so a number beside another cannot hide; a longer unbroken digit string is not a card number. About
 * one in ten random 13–19 digit strings passes Luhn, so a long reference number can be flagged: better refused or
 * redacted than leaked.
 */
export function looksLikeCardNumber(text: string): boolean {
  for (const groups of digitRuns(text)) {
    for (let start = 0; start < groups.length; start++) {
      let digits = '';
      for (let end = start; end < groups.length && digits.length < 19; end++) {
        digits += groups[end];
        if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return true;
      }
    }
  }
  return false;
}

/**
 * The runs of consecutive digit words of a text, as their digit groups. A word with any letter in it (an id like
 * `8f3c-4242-4242-4242-4242aa`, a secret) is never part of a card number, so identifiers are not mistaken for one.
 */
function digitRuns(text: string): string[][] {
  const runs: string[][] = [];
  let current: string[] = [];
  for (const word of text.split(WORD_SEPARATORS)) {
    if (DIGIT_WORD.test(word)) {
      current.push(...word.split('-'));
      continue;
    }
    if (current.length > 0) runs.push(current);
    current = [];
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** Walks any JSON-like value (plain objects and arrays; other objects are not entered) and lists where card data is. */
export function containsCardData(value: unknown): CardDataFinding {
  const paths: string[] = [];
  walk(value, '$', null, [], (path) => paths.push(path));
  return { found: paths.length > 0, paths };
}

/** A copy of `value` with every finding of `containsCardData` replaced by `"[REDACTED]"`; the input is not changed. */
export function redactCardData<T>(value: T): T {
  return redact(value, null, []) as T;
}

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]/g, '');
}

function isSensitiveKey(key: string, parentKey: string | null): boolean {
  const normalized = normalizeKey(key);
  return SENSITIVE_KEYS.has(normalized) || (normalized === CARD_NUMBER_KEY && parentKey !== null && normalizeKey(parentKey) === CARD_KEY);
}

/** Empty values under a sensitive key carry nothing (`{ cvc: null }` in a form's initial state), nor redacted ones. */
function carriesValue(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '' && value !== REDACTED;
}

function isCardLike(value: unknown): boolean {
  if (typeof value === 'string') return looksLikeCardNumber(value);
  if (typeof value === 'number') return Number.isInteger(value) && looksLikeCardNumber(BigInt(value).toString());
  if (typeof value === 'bigint') return looksLikeCardNumber(value.toString());
  return false;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function walk(value: unknown, path: string, parentKey: string | null, ancestors: unknown[], found: (path: string) => void): void {
  if (isCardLike(value)) return found(path);
  if (!isContainer(value) || ancestors.includes(value)) return;
  ancestors.push(value);
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, childPath(path, index), parentKey, ancestors, found));
  } else {
    for (const [key, child] of Object.entries(value)) {
      if (isSensitiveKey(key, parentKey) && carriesValue(child)) found(childPath(path, key));
      else walk(child, childPath(path, key), key, ancestors, found);
    }
  }
  ancestors.pop();
}

function redact(value: unknown, parentKey: string | null, ancestors: unknown[]): unknown {
  if (isCardLike(value)) return REDACTED;
  if (!isContainer(value)) return value;
  if (ancestors.includes(value)) return '[Circular]';
  ancestors.push(value);
  const copy = Array.isArray(value)
    ? value.map((item) => redact(item, parentKey, ancestors))
    : Object.fromEntries(
        Object.entries(value).map(([key, child]) => [key, isSensitiveKey(key, parentKey) && carriesValue(child) ? REDACTED : redact(child, key, ancestors)]),
      );
  ancestors.pop();
  return copy;
}
