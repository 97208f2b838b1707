import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { ClientInfo } from '@emporium/platform-trpc';

/**
 * The caller's address for rate limits and the session list. X-Forwarded-For is trusted only when TRUST_PROXY says
 * a proxy sets it; otherwise any client could claim any address and walk around the limits.
 */
export function clientInfo(c: Context, trustProxy: boolean): ClientInfo {
  const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  let ip: string | null = forwarded || null;
  if (!ip) {
    try {
      ip = getConnInfo(c).remote.address ?? null;
    } catch {
      ip = null;
    }
  }
  return { ip, userAgent: c.req.header('user-agent')?.slice(0, 512) ?? null };
}
