export interface Chip {
  readonly id: string;
  readonly label: string;
}

/** What was picked, as chips that each remove themselves; the list is named so "Remove Mugs" is heard in context. */
export function RemovableChips({ label, chips, onRemove }: { readonly label: string; readonly chips: readonly Chip[]; readonly onRemove: (id: string) => void }) {
  return (
    <ul className="admin-chips" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.id} className="admin-chip admin-chip--removable">
          <span>{chip.label}</span>
          <button type="button" className="admin-chip__remove" aria-label={`Remove ${chip.label}`} onClick={() => onRemove(chip.id)}>
            <svg aria-hidden="true" width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round">
              <path d="M6 6l12 12M18 6L6 18" />
            </svg>
          </button>
        </li>
      ))}
    </ul>
  );
}
