import { ToastProvider } from '@emporium/ui';
import { Outlet, ScrollRestoration } from 'react-router';
import { useMainFocus } from '../lib/use-main-focus';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The frame of every page: skip link, header, the page itself, footer, and the toasts any of them may show. */
export function AppShell() {
  const { mainRef, skipToContent } = useMainFocus();

  return (
    <ToastProvider>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main container">
        <Outlet />
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </ToastProvider>
  );
}
