import { Button } from '@emporium/ui';

/** "Filters" and, when any is set, "Clear all": the top of the sidebar and of the phone dialog alike. */
export function FiltersHeading({ id, activeCount, onClear }: { readonly id: string; readonly activeCount: number; readonly onClear: () => void }) {
  return (
    <>
      <h2 id={id} className="facet-panel__title">
        Filters
      </h2>
      {activeCount > 0 && (
        <Button variant="ghost" size="sm" onClick={onClear}>
          Clear all
        </Button>
      )}
    </>
  );
}
