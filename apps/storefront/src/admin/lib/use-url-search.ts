import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const DELAY_MS = 300;

/**
 * A list's search box whose text lives in the URL (`?<name>=`), written once the typist pauses, replacing the
 * history entry. Back or a pasted link puts the URL's text back in the box. Changing the search drops `page`
 * and `cursor`, which belong to the previous results.
 */
export function useUrlSearch(name: string) {
  const [params, setParams] = useSearchParams();
  const applied = params.get(name) ?? '';
  const [text, setText] = useState(applied);
  // What this box last wrote, and the URL value last seen: a URL change that is not our own write is someone
  // else's (Back, a link), and the box follows it. Adjusted while rendering, as React recommends over an effect.
  const [written, setWritten] = useState(applied);
  const [seen, setSeen] = useState(applied);
  if (applied !== seen) {
    setSeen(applied);
    if (applied !== written) setText(applied);
  }

  useEffect(() => {
    const value = text.trim();
    if (value === applied) return undefined;
    const timer = window.setTimeout(() => {
      setWritten(value);
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          next.delete('page');
          next.delete('cursor');
          return next;
        },
        { replace: true },
      );
    }, DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, applied, name, setParams]);

  /** Sets other parameters (a filter, the page); a null or empty value removes one. */
  const update = useCallback(
    (changes: Readonly<Record<string, string | null>>, options: { replace?: boolean } = {}) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      }, options),
    [setParams],
  );

  return { text, setText, applied, params, update };
}
