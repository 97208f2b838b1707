/** Where an account page goes when there is nowhere better to return to. */
export const ACCOUNT_HOME = '/account';

/** Pages that make no sense to come back to after signing in: going there again would loop or spend a link twice. */
const NOT_A_DESTINATION = new Set(['/account/sign-in', '/account/register', '/account/forgot-password', '/account/reset-password', '/account/verify']);

const BASE = 'https://emporium.invalid';

/**
 * The path to return to after signing in, from a `?next=` value anyone could have written into a link. Only a
 * relative path on this site passes: no scheme, no `//host` or `/\host` (which browsers read as another site), no
 * control characters; the fragment is dropped (it may hold a token). Anything else gives `fallback`.
 */
export function safeNextPath(raw: string | null | undefined, fallback: string = ACCOUNT_HOME): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not pass
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || NOT_A_DESTINATION.has(url.pathname.replace(/\/+$/, ''))) return fallback;
  return `${url.pathname}${url.search}`;
}

/** The sign-in page, remembering where to come back to (when that is a page worth returning to). */
export function signInPath(next?: string | null): string {
  return withNext('/account/sign-in', next);
}

/** The registration page, passing the return path on so signing in after verifying still lands there. */
export function registerPath(next?: string | null): string {
  return withNext('/account/register', next);
}

function withNext(path: string, next: string | null | undefined): string {
  const safe = safeNextPath(next, '');
  return safe ? `${path}?${new URLSearchParams({ next: safe }).toString()}` : path;
}
