import { VisuallyHidden } from '@emporium/ui';
import { countLabel } from '../lib/count-label';

/** "12" on screen; "(12 products)" to a screen reader, so the number is not read as part of the name. */
export function FacetCount({ count }: { readonly count: number }) {
  return (
    <>
      <span aria-hidden="true">{count}</span>
      <VisuallyHidden>({countLabel(count, 'product', 'products')})</VisuallyHidden>
    </>
  );
}
