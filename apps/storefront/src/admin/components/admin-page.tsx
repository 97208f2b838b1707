import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../lib/use-document-title';

export interface AdminPageProps {
  readonly title: string;
  /** Shown in the browser tab when the heading alone would be ambiguous ("Edit Classic Tee"). */
  readonly documentTitle?: string;
  /** Buttons or links beside the heading ("New product"). */
  readonly actions?: ReactNode;
  /** The list this page belongs to, for a "← Products" link above the heading. */
  readonly back?: { readonly to: string; readonly label: string };
  readonly children: ReactNode;
}

/** One admin page: its heading (the page's only h1), its actions, its content; the tab says it is the admin. */
export function AdminPage({ title, documentTitle, actions, back, children }: AdminPageProps) {
  const headingId = useId();
  useDocumentTitle(`${documentTitle ?? title} · Admin`);
  return (
    <section className="admin-page" aria-labelledby={headingId}>
      {back && (
        <Link to={back.to} className="admin-page__back">
          <span aria-hidden="true">← </span>
          {back.label}
        </Link>
      )}
      <div className="admin-page__head">
        <h1 id={headingId} className="admin-page__title">
          {title}
        </h1>
        {actions && <div className="admin-page__actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** A titled part of a page (a card with an h2), for the editor's sections. */
export function AdminSection({ title, description, actions, children }: { readonly title: string; readonly description?: ReactNode; readonly actions?: ReactNode; readonly children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <div className="admin-section__head">
        <h2 id={headingId} className="admin-section__title">
          {title}
        </h2>
        {actions}
      </div>
      {description && <div className="admin-section__description">{description}</div>}
      {children}
    </section>
  );
}
