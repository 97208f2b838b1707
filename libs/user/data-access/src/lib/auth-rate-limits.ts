import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { type Database, rateLimitStore } from '@emporium/platform-db';

/**
 * How many attempts each key gets per window. Sign-in failures are counted per address, per account from one
 * address (the tight one, so a victim elsewhere is not locked out by an attacker), and per account from everywhere
 * (so a botnet cannot try a password list against one account).
 */
export interface RateLimitPolicy {
  readonly points: number;
  readonly windowSeconds: number;
}

export interface AuthRateLimitPolicies {
  readonly loginFailuresPerIp: RateLimitPolicy;
  readonly loginFailuresPerAccountAndIp: RateLimitPolicy;
  readonly loginFailuresPerAccount: RateLimitPolicy;
  readonly registrationsPerIp: RateLimitPolicy;
  readonly resetRequestsPerIp: RateLimitPolicy;
  readonly resetRequestsPerAccount: RateLimitPolicy;
}

export function authRateLimitPolicies(lockoutSeconds: number): AuthRateLimitPolicies {
  return {
    loginFailuresPerIp: { points: 100, windowSeconds: lockoutSeconds },
    loginFailuresPerAccountAndIp: { points: 10, windowSeconds: lockoutSeconds },
    loginFailuresPerAccount: { points: 30, windowSeconds: lockoutSeconds },
    registrationsPerIp: { points: 20, windowSeconds: 3_600 },
    resetRequestsPerIp: { points: 20, windowSeconds: 3_600 },
    resetRequestsPerAccount: { points: 5, windowSeconds: 3_600 },
  };
}

export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts; try again in ${retryAfterSeconds} s`);
    this.name = 'RateLimitedError';
  }
}

type LimiterName = keyof AuthRateLimitPolicies;

/** The table's key is varchar(255) with the limiter's prefix in front: long e-mails are keyed by their digest. */
function bucket(...parts: string[]): string {
  const key = parts.join('|');
  return key.length <= 128 ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * The counters live in `users.rate_limit`, so every API process shares them.
 */
export class AuthRateLimits {
  private readonly limiters: Record<LimiterName, RateLimiterPostgres>;

  constructor(db: Database, policies: AuthRateLimitPolicies) {
    const storeClient = rateLimitStore(db);
    const make = (name: LimiterName) =>
      new RateLimiterPostgres({
        storeClient,
        storeType: 'pool',
        schemaName: 'users',
        tableName: 'rate_limit',
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix: name,
        points: policies[name].points,
        duration: policies[name].windowSeconds,
      });
    this.limiters = {
      loginFailuresPerIp: make('loginFailuresPerIp'),
      loginFailuresPerAccountAndIp: make('loginFailuresPerAccountAndIp'),
      loginFailuresPerAccount: make('loginFailuresPerAccount'),
      registrationsPerIp: make('registrationsPerIp'),
      resetRequestsPerIp: make('resetRequestsPerIp'),
      resetRequestsPerAccount: make('resetRequestsPerAccount'),
    };
  }

  /** Throws RateLimitedError when this address or account has failed to sign in too often lately. */
  async assertLoginAllowed(ip: string, email: string): Promise<void> {
    const checks = await Promise.all([
      this.limiters.loginFailuresPerIp.get(bucket(ip)),
      this.limiters.loginFailuresPerAccountAndIp.get(bucket(email, ip)),
      this.limiters.loginFailuresPerAccount.get(bucket(email)),
    ]);
    const limits = [this.limiters.loginFailuresPerIp, this.limiters.loginFailuresPerAccountAndIp, this.limiters.loginFailuresPerAccount];
    let waitMs = 0;
    limits.forEach((limiter, index) => {
      const state = checks[index];
      if (state && state.consumedPoints >= limiter.points) waitMs = Math.max(waitMs, state.msBeforeNext);
    });
    if (waitMs > 0) throw new RateLimitedError(Math.max(1, Math.ceil(waitMs / 1000)));
  }

  async recordLoginFailure(ip: string, email: string): Promise<void> {
    await Promise.all([
      this.limiters.loginFailuresPerIp.penalty(bucket(ip)),
      this.limiters.loginFailuresPerAccountAndIp.penalty(bucket(email, ip)),
      this.limiters.loginFailuresPerAccount.penalty(bucket(email)),
    ]);
  }

  /** A correct password clears this address's failures for the account (not the account-wide count). */
  async recordLoginSuccess(ip: string, email: string): Promise<void> {
    await this.limiters.loginFailuresPerAccountAndIp.delete(bucket(email, ip));
  }

  async consumeRegistration(ip: string): Promise<void> {
    await consume(this.limiters.registrationsPerIp, bucket(ip));
  }

  async consumeResetRequest(ip: string, email: string): Promise<void> {
    await consume(this.limiters.resetRequestsPerIp, bucket(ip));
    await consume(this.limiters.resetRequestsPerAccount, bucket(email));
  }
}

async function consume(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    throw rejection;
  }
}

const perDatabase = new WeakMap<Database, Map<number, AuthRateLimits>>();

/** One set of limiters per database handle and lockout window (they hold no state of their own beyond config). */
export function authRateLimits(db: Database, lockoutSeconds: number): AuthRateLimits {
  let byWindow = perDatabase.get(db);
  if (!byWindow) perDatabase.set(db, (byWindow = new Map()));
  let limits = byWindow.get(lockoutSeconds);
  if (!limits) byWindow.set(lockoutSeconds, (limits = new AuthRateLimits(db, authRateLimitPolicies(lockoutSeconds))));
  return limits;
}
