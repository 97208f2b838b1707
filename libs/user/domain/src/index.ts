export { EMAIL_MAX_LENGTH, isPlausibleEmail, normalizeEmail } from './lib/email';
export { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem } from './lib/password';
export {
  isSessionExpired,
  LAST_SEEN_GRANULARITY_MS,
  renewedExpiry,
  SESSION_LIFETIME_MS,
  sessionExpiry,
  shouldRecordLastSeen,
} from './lib/session';
export { EMAIL_VERIFICATION_TTL_MS, PASSWORD_RESET_TTL_MS, type TokenKind, tokenExpiry } from './lib/token';
export { decideRoleChange, type Role, type RoleChangeDecision, ROLES } from './lib/role';
export {
  ADDRESS_KINDS,
  type AddressFields,
  type AddressKind,
  type FieldError,
  normalizeAddress,
  validateAddress,
} from './lib/address';
export { COUNTRIES, type Country, type FieldUse, findCountry, type Region } from './lib/countries';
export { isPlausiblePhone, PHONE_MAX_LENGTH } from './lib/phone';
