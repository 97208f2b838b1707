import { Checkbox } from '@emporium/ui';
import { useId, useState } from 'react';
import { countLabel } from '../lib/count-label';
import { FacetCount } from './facet-count';
import { type FacetChoice } from './facet-choices';
import { FacetSection } from './facet-section';

/** Beyond this many values a group shows a "Show all" button: a 40-brand list would push every other filter away. */
const COLLAPSED_COUNT = 8;

export interface FacetGroupProps {
  readonly legend: string;
  readonly choices: readonly FacetChoice[];
  readonly onToggle: (value: string) => void;
  /** For the "Show all 14 brands" button. */
  readonly noun?: readonly [one: string, other: string];
  /** Whether the group starts open; a group with a ticked value always does. */
  readonly defaultOpen?: boolean;
}

/** One filter (Brand, Size, Material…) as a group of checkboxes with result counts. */
export function FacetGroup({ legend, choices, onToggle, noun = ['value', 'values'], defaultOpen = true }: FacetGroupProps) {
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  if (choices.length === 0) return null;
  const long = choices.length > COLLAPSED_COUNT + 1;
  // A ticked value always shows, even past the cut, so the shopper can see and undo it.
  const visible = long && !expanded ? choices.filter((choice, index) => index < COLLAPSED_COUNT || choice.checked) : choices;
  return (
    <FacetSection title={legend} defaultOpen={defaultOpen || choices.some((choice) => choice.checked)}>
      <ul className="facet__list" id={listId}>
        {visible.map((choice) => (
          <li key={choice.value}>
            <Checkbox
              label={choice.label}
              hint={<FacetCount count={choice.count} />}
              checked={choice.checked}
              disabled={choice.count === 0 && !choice.checked}
              onChange={() => onToggle(choice.value)}
            />
          </li>
        ))}
      </ul>
      {long && (
        <button type="button" className="facet__more" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${countLabel(choices.length, ...noun)}`}
        </button>
      )}
    </FacetSection>
  );
}
