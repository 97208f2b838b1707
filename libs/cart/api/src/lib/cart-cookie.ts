/** A guest cart lives 30 days after its last change; the cookie as long. */
export const GUEST_CART_DAYS = 30;
const MAX_AGE_SECONDS = GUEST_CART_DAYS * 24 * 60 * 60;

/**
 * The guest cart cookie. Over https it carries the `__Host-` prefix (Secure, Path=/, no Domain), so no sibling
 * subdomain can plant a cart on a shopper. HttpOnly: scripts on the page never see the token.
 */
export function cartCookieName(secure: boolean): string {
  return secure ? '__Host-emporium_cart' : 'emporium_cart';
}

export function cartCookie(token: string, secure: boolean): string {
  return [`${cartCookieName(secure)}=${token}`, 'HttpOnly', ...(secure ? ['Secure'] : []), 'SameSite=Lax', 'Path=/', `Max-Age=${MAX_AGE_SECONDS}`].join('; ');
}

export function clearedCartCookie(secure: boolean): string {
  return [`${cartCookieName(secure)}=`, 'HttpOnly', ...(secure ? ['Secure'] : []), 'SameSite=Lax', 'Path=/', 'Max-Age=0'].join('; ');
}
