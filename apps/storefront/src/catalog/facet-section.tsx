import { type ReactNode, useId, useState } from 'react';

export interface FacetSectionProps {
  readonly title: string;
  /**
   * A <fieldset> for a group of form controls (its <legend> names them); a <section> with a heading for links
   * (the category list), which are not form controls.
   */
  readonly kind?: 'fieldset' | 'section';
  readonly defaultOpen?: boolean;
  readonly children: ReactNode;
}

/** One block of the filter sidebar, whose values can be folded away behind its title (the disclosure pattern). */
export function FacetSection({ title, kind = 'fieldset', defaultOpen = true, children }: FacetSectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  const headingId = useId();
  const toggle = (
    <button type="button" className="facet__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
      {title}
    </button>
  );
  const body = (
    <div id={bodyId} hidden={!open}>
      {children}
    </div>
  );
  if (kind === 'section') {
    return (
      <section className="facet" aria-labelledby={headingId}>
        <h3 className="facet__title" id={headingId}>
          {toggle}
        </h3>
        {body}
      </section>
    );
  }
  return (
    <fieldset className="facet">
      <legend className="facet__title">{toggle}</legend>
      {body}
    </fieldset>
  );
}
