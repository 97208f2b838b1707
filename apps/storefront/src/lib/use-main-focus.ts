import { type MouseEvent, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Where keyboard focus goes in a frame (the shop's, the admin's): after a client-side navigation it moves to the
 * <main>, as a full page load would, so keyboard and screen-reader users start at the new page's content rather
 * than on the link they used; the skip link moves it there too. Put `mainRef` on a <main tabIndex={-1}> and
 * `skipToContent` on the skip link's onClick.
 */
export function useMainFocus() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    mainRef.current?.focus();
  }

  return { mainRef, skipToContent };
}
