/**
 * The token of an e-mailed link (`/account/verify#token=…`). It travels in the fragment, which browsers never send
 * to a server or in a Referer; this reads it from `location.hash`.
 */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim();
  return token ? token : null;
}

/**
 * Takes the token out of the address bar (and so out of history, bookmarks and screenshots) without a navigation.
 * Keeps the router's history state, so Back and Forward still work.
 */
export function forgetFragmentToken(): void {
  const { pathname, search, hash } = window.location;
  if (hash) window.history.replaceState(window.history.state, '', `${pathname}${search}`);
}
