import { Button, buttonClassName } from '@emporium/ui';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';
import { NotFoundPage } from '../pages/not-found-page';

/**
 * Shown when a page throws while rendering. Reloading is the honest retry: whatever broke may be in
 * state this page cannot reset. A plain <a> (not <Link>) so it works even if the router itself is the problem.
 */
export function RouteErrorBoundary({ standalone = false }: { readonly standalone?: boolean }) {
  const error = useRouteError();
  const page = isRouteErrorResponse(error) && error.status === 404 ? <NotFoundPage /> : <RenderError />;
  // Standalone when the shell itself failed: then there is no <main> around the message yet.
  return standalone ? <main className="site-main container">{page}</main> : page;
}

function RenderError() {
  useDocumentTitle('Something went wrong');
  return (
    <section className="page-section route-error" role="alert" aria-labelledby="route-error-heading">
      <h1 id="route-error-heading">Something went wrong</h1>
      <p>This page hit a problem it could not recover from. Trying again usually helps.</p>
      <div className="route-error__actions">
        <Button onClick={() => window.location.reload()}>Try again</Button>
        <a href="/" className={buttonClassName({ variant: 'ghost' })}>
          Go to the home page
        </a>
      </div>
    </section>
  );
}
