/**
 * The session cookie. Over https it carries the `__Host-` prefix, which browsers accept only with `Secure`,
 * `Path=/` and no `Domain` — so no sibling subdomain can plant or overwrite it.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-emporium_session' : 'emporium_session';
}

export function sessionCookie(token: string, expiresAt: Date, secure: boolean, now: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return [`${sessionCookieName(secure)}=${token}`, 'HttpOnly', ...(secure ? ['Secure'] : []), 'SameSite=Lax', 'Path=/', `Max-Age=${maxAge}`, `Expires=${expiresAt.toUTCString()}`].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return [`${sessionCookieName(secure)}=`, 'HttpOnly', ...(secure ? ['Secure'] : []), 'SameSite=Lax', 'Path=/', 'Max-Age=0'].join('; ');
}

/** The session token from a Cookie header, or null. */
export function readSessionToken(cookieHeader: string | null, secure: boolean): string | null {
  if (!cookieHeader) return null;
  const name = sessionCookieName(secure);
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) {
      const value = part.slice(separator + 1).trim();
      return value.length > 0 && value.length <= 200 ? value : null;
    }
  }
  return null;
}
