import { Link } from 'react-router';

export interface BreadcrumbProps {
  /** The pages above this one, top first; Home is added in front. */
  readonly trail: ReadonlyArray<{ readonly name: string; readonly href: string }>;
  /** This page's own name, not a link. */
  readonly current: string;
}

export function Breadcrumb({ trail, current }: BreadcrumbProps) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        <li>
          <Link to="/">Home</Link>
        </li>
        {trail.map((step) => (
          <li key={step.href}>
            <Link to={step.href}>{step.name}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
