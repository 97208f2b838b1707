/** Where a product lives in the storefront; the slug is encoded so an odd one cannot break the route. */
export function productPath(slug: string): string {
  return `/products/${encodeURIComponent(slug)}`;
}

/** The search page for a query; a blank query goes to the bare search page rather than `?q=`. */
export function searchPath(query: string): string {
  const q = query.trim();
  return q ? `/search?${new URLSearchParams({ q }).toString()}` : '/search';
}
