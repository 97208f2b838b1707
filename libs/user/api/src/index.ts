export { DEMO_USERS, seedDemoUsers } from './lib/demo-users';
export { provisionAdmin, type ProvisionAdminResult } from './lib/provision-admin';
export { localSessionResolver, remoteSessionResolver } from './lib/session-resolver';
export { clearedSessionCookie, readSessionToken, sessionCookie, sessionCookieName } from './lib/session-cookie';
export { resendVerificationJob, sendPasswordResetJob } from './lib/account-mail.jobs';
export { purgeExpiredCredentialsJob } from './lib/user.jobs';
export { type UserRouter, userRouter } from './lib/user.router';
export type { UserService } from './lib/user.service-ref';
