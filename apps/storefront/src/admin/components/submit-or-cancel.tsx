import { Button } from '@emporium/ui';

export interface SubmitOrCancelProps {
  /** What submitting does ("Create category"). */
  readonly label: string;
  readonly loading: boolean;
  readonly disabled?: boolean;
  readonly onCancel: () => void;
}

/** The buttons under a form opened in place: submit it, or close it without saving. */
export function SubmitOrCancel({ label, loading, disabled, onCancel }: SubmitOrCancelProps) {
  return (
    <div className="admin-button-row">
      <Button type="submit" loading={loading} disabled={disabled}>
        {label}
      </Button>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
