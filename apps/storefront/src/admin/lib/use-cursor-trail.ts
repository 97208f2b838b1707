import { useState } from 'react';

export interface CursorTrail {
  /** The cursor of the page shown; undefined on the first. */
  readonly cursor: string | undefined;
  /** The page shown, counting from 1. */
  readonly page: number;
  readonly previous: () => void;
  readonly next: (cursor: string) => void;
}

/**
 * Where a list paged by cursor is: the cursors of the pages before this one, so "Previous" can go back. Another
 * `key` (a new search or filter) starts again at the first page.
 */
export function useCursorTrail(key: string): CursorTrail {
  const [trail, setTrail] = useState<{ readonly key: string; readonly cursors: ReadonlyArray<string | undefined> }>({ key: '', cursors: [undefined] });
  const cursors = trail.key === key ? trail.cursors : [undefined];
  return {
    cursor: cursors.at(-1),
    page: cursors.length,
    previous: () => setTrail({ key, cursors: cursors.slice(0, -1) }),
    next: (cursor) => setTrail({ key, cursors: [...cursors, cursor] }),
  };
}
