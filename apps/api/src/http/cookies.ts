/** Longest cookie value read: anything longer is not one of ours. */
const MAX_COOKIE_VALUE = 512;

/** The value of the named cookie in a Cookie header (the first one when repeated), or null. */
export function readCookie(cookieHeader: string | null, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    return value.length > 0 && value.length <= MAX_COOKIE_VALUE ? value : null;
  }
  return null;
}
