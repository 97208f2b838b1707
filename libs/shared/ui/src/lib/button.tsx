import { type ComponentPropsWithRef } from 'react';
import { cx } from './class-names';
import { Spinner } from './spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost';
export type ButtonSize = 'sm' | 'md' | 'lg';

export interface ButtonStyle {
  readonly variant?: ButtonVariant;
  readonly size?: ButtonSize;
  readonly fullWidth?: boolean;
}

/** The classes of a button, for elements that must look like one but are not (a router link, a label). */
export function buttonClassName({ variant = 'primary', size = 'md', fullWidth = false }: ButtonStyle = {}, className?: string): string {
  return cx('ui-button', `ui-button--${variant}`, `ui-button--${size}`, fullWidth && 'ui-button--full', className);
}

export interface ButtonProps extends ComponentPropsWithRef<'button'>, ButtonStyle {
  /** Shows a spinner and ignores clicks while keeping the label, so the button keeps its size. */
  readonly loading?: boolean;
}

/** A button. `ref` is an ordinary prop in React 19, so it reaches the underlying <button>. */
export function Button({ variant, size, fullWidth, loading = false, disabled, type = 'button', className, children, ...props }: ButtonProps) {
  return (
    <button
      {...props}
      // A native button inside a form submits by default; make that a deliberate choice.
      type={type}
      className={buttonClassName({ variant, size, fullWidth }, cx(loading && 'is-loading', className))}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
    >
      {loading && <Spinner size="sm" className="ui-button__spinner" />}
      <span className="ui-button__label">{children}</span>
    </button>
  );
}
