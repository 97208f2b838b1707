import { codePointLength } from './text';

/** The longest address SMTP can carry (RFC 5321's 256-octet path less the angle brackets). */
export const EMAIL_MAX_LENGTH = 254;
const LOCAL_PART_MAX_LENGTH = 64;
const LABEL_MAX_LENGTH = 63;
/** Letters and digits of any script (internationalised domains arrive as Unicode), hyphens inside only. */
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
const WHITESPACE_OR_CONTROL = /[\s\p{Cc}]/u;

/**
 * The form an e-mail address is stored and compared in: trimmed, Unicode NFC, lower-case. Lower-casing the local
 * part is not what RFC 5321 promises, but every mailbox provider a shop meets treats it case-insensitively, and
 * one account per address matters more than the rare case-sensitive mailbox.
 */
export function normalizeEmail(raw: string): string {
  // NFC again after lower-casing: a few capitals lower-case to sequences NFC would recompose.
  return raw.trim().normalize('NFC').toLowerCase().normalize('NFC');
}

/**
 * Whether a normalised address could be delivered to: one `@`, a local part of 1–64 characters, a domain of at
 * least two dot-separated labels (1–63 letters, digits or inner hyphens each, the last not all digits), no
 * whitespace, at most 254 characters. Deliberately loose: the verification e-mail is the real check.
 */
export function isPlausibleEmail(email: string): boolean {
  if (codePointLength(email) > EMAIL_MAX_LENGTH || WHITESPACE_OR_CONTROL.test(email)) return false;
  const parts = email.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  if (local.length === 0 || codePointLength(local) > LOCAL_PART_MAX_LENGTH) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((label) => codePointLength(label) <= LABEL_MAX_LENGTH && DOMAIN_LABEL.test(label))) return false;
  return !/^\d+$/.test(labels[labels.length - 1] ?? '');
}
