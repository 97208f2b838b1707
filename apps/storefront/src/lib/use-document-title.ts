import { useEffect } from 'react';
import { pageTitle } from './page-title';

/** Sets the browser tab title for the page that renders this; screen readers announce it on navigation. */
export function useDocumentTitle(title?: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
