import { z } from 'zod';

/** An optional variable; set but empty counts as unset. */
export const optionalEnv = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const portEnv = z.coerce.number().int().min(0).max(65535);

export const flagEnv = z.enum(['0', '1', 'true', 'false']);

export const isFlagOn = (value: z.infer<typeof flagEnv> | undefined) => value === '1' || value === 'true';

/**
 * A stand-in's `<PREFIX>_*` variables through `schema`, or one message naming every problem — a webhook URL without
 * its secret among them, since webhooks are always signed. `name` heads the message (`sandbox carrier`).
 */
export function readStandInEnv<T extends z.ZodType>(
  schema: T,
  env: NodeJS.ProcessEnv,
  { name, prefix }: { name: string; prefix: string },
): { ok: true; data: z.infer<T> } | { ok: false; message: string } {
  const parsed = schema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (env[`${prefix}_WEBHOOK_URL`] && !env[`${prefix}_WEBHOOK_SECRET`]) {
    problems.push(`${prefix}_WEBHOOK_SECRET: required with ${prefix}_WEBHOOK_URL (webhooks are always signed)`);
  }
  if (!parsed.success || problems.length > 0) {
    return { ok: false, message: `Invalid ${name} settings:\n${problems.map((line) => `  ${line}`).join('\n')}` };
  }
  return { ok: true, data: parsed.data };
}
