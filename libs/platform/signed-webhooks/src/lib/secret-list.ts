/** `"a, b"` or `["a", "b"]` → `["a", "b"]`: several secrets while one is being rotated out. */
export function secretList(value: string | readonly string[]): string[] {
  const list = typeof value === 'string' ? value.split(',') : [...value];
  return list.map((secret) => secret.trim()).filter((secret) => secret.length > 0);
}
