import { createHash } from 'node:crypto';

/**
 * A stable UUID for a generated row, from what names it (`product`, slug): loading the same catalog twice gives the
 * same ids, so benchmarks and bug reports can name rows. A namespace of its own keeps it apart from the demo seed's.
 */
export function generatedId(kind: string, key: string): string {
  const hex = createHash('sha256').update(`emporium-generated:${kind}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
