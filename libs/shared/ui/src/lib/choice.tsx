import { type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from './class-names';

export interface ChoiceProps extends Omit<ComponentPropsWithRef<'input'>, 'type' | 'children'> {
  readonly label: ReactNode;
  /** Quiet text after the label, such as how many results picking it gives. Part of the accessible name. */
  readonly hint?: ReactNode;
}

/**
 * A checkbox or radio button inside its own <label>, so the whole row is the click target and the input is named
 * by its text without ids to wire up.
 */
function Choice({ type, label, hint, className, ...props }: ChoiceProps & { readonly type: 'checkbox' | 'radio' }) {
  return (
    <label className={cx('ui-choice', props.disabled && 'ui-choice--disabled', className)}>
      <input {...props} type={type} className="ui-choice__input" />
      <span className="ui-choice__label">{label}</span>
      {hint !== undefined && hint !== null && <span className="ui-choice__hint">{hint}</span>}
    </label>
  );
}

export function Checkbox(props: ChoiceProps) {
  return <Choice {...props} type="checkbox" />;
}

/** One radio button; give the buttons of a group the same `name` and put them in a <fieldset> with a <legend>. */
export function Radio(props: ChoiceProps) {
  return <Choice {...props} type="radio" />;
}
