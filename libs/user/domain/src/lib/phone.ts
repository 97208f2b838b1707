export const PHONE_MAX_LENGTH = 32;
const PHONE_CHARACTERS = /^\+?[0-9 ().\-/]+$/;

/**
 * A loose phone-number check for a delivery contact: an optional leading `+`, digits with the usual separators
 * (spaces, dots, hyphens, slashes, brackets), 5 to 20 digits in all, at most 32 characters. Couriers dial these;
 * formats differ too much between countries to check more.
 */
export function isPlausiblePhone(phone: string): boolean {
  if (phone.length > PHONE_MAX_LENGTH || !PHONE_CHARACTERS.test(phone)) return false;
  const digits = phone.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 20;
}
