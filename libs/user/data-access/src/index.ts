export { type Account, type AccountCredentials, anonymiseAccount, type CustomerListItem, findAccount, findCredentialsByEmail, findCredentialsById, insertAccount, lockAccountsForRoleChange, markEmailVerified, searchAccounts, setPasswordHash, setRole, updateProfile } from './lib/account.repository';
export { addAddress, type AddressValues, deleteAddress, listAddresses, MAX_ADDRESSES_PER_USER, type SavedAddress, setDefaultAddress, updateAddress } from './lib/address.repository';
export { authRateLimitPolicies, type AuthRateLimitPolicies, AuthRateLimits, authRateLimits, RateLimitedError, type RateLimitPolicy } from './lib/auth-rate-limits';
export { consumeAuthToken, issueAuthToken } from './lib/auth-token.repository';
export { hashPassword, needsRehash, PASSWORD_HASH_PARAMS, verifyDecoyPassword, verifyPassword } from './lib/password-hasher';
export { createSession, invalidateSession, invalidateUserSessions, listUserSessions, type NewSession, purgeExpiredCredentials, revokeOwnSession, type SessionSummary, type SessionUser, validateSessionToken, type ValidSession } from './lib/session.store';
export { userMigrationSet } from './lib/user.migrations';
export { type AddressKind, type TokenKind, USER_SCHEMA, userDb, type UserTables } from './lib/user.tables';
