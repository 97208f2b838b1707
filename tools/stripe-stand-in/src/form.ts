/** A form value as Stripe's API reads it: `a[b][0]=x` nests, numeric keys make arrays. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

/**
 * Parses an `application/x-www-form-urlencoded` body (or query string) with bracket notation, as the Stripe SDK
 * sends it: `amount=1000&metadata[reference]=o-1&expand[0]=latest_charge` → `{ amount: '1000', metadata: {
 * reference: 'o-1' }, expand: ['latest_charge'] }`. `expand[]=x` appends. Values stay strings, as on the wire.
 */
export function parseForm(body: string): FormObject {
  const root: FormObject = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name);
    if (!match) continue;
    const path = [match[1] ?? '', ...[...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((part) => part[1] ?? '')];
    assign(root, path, value);
  }
  return root;
}

function assign(target: FormObject | FormValue[], path: string[], value: string): void {
  const [head = '', ...rest] = path;
  const container = target as Record<string, FormValue>;
  const slot = Array.isArray(target) && head === '' ? String(target.length) : head;
  if (rest.length === 0) {
    container[slot] = value;
    return;
  }
  const nextIsIndex = rest[0] === '' || /^\d+$/.test(rest[0] ?? '');
  const existing = container[slot];
  const child = typeof existing === 'object' ? existing : nextIsIndex ? [] : {};
  container[slot] = child;
  assign(child, rest, value);
}

/** `expand[0]=latest_charge` or `expand[]=latest_charge` → the list. */
export function expandList(form: FormObject): string[] {
  const expand = form['expand'];
  if (Array.isArray(expand)) return expand.filter((item): item is string => typeof item === 'string');
  if (expand && typeof expand === 'object') return Object.values(expand).filter((item): item is string => typeof item === 'string');
  return typeof expand === 'string' ? [expand] : [];
}
