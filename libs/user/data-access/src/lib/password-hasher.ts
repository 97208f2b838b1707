import { hash, parseOptions, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's minimum for it (19 MiB, 2 passes, 1 lane): ~30 ms a hash on our machines. Raising these is
 * safe: hashes made with other parameters are re-made on the next successful sign-in.
 */
export const PASSWORD_HASH_PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { ...PASSWORD_HASH_PARAMS, algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Whether a stored hash was made with weaker (or merely different) parameters than today's. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== ARGON2ID ||
      used.memoryCost !== PASSWORD_HASH_PARAMS.memoryCost ||
      used.timeCost !== PASSWORD_HASH_PARAMS.timeCost ||
      used.parallelism !== PASSWORD_HASH_PARAMS.parallelism
    );
  } catch {
    return true;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for sign-ins with an unknown e-mail: the response time must not
 * tell an attacker whether an account exists.
 */
export async function verifyDecoyPassword(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that matches nothing');
  await verifyPassword(await decoyHash, password);
  return false;
}
