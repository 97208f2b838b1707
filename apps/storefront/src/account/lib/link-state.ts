/** The e-mail address a page passes on in its link's state, so the next page does not ask for it again. */
export interface EmailState {
  readonly email: string;
}

/** The address typed on the page that linked here (sign in → forgot password), or '' when there is none. */
export function emailFromState(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('email' in state)) return '';
  return typeof state.email === 'string' ? state.email : '';
}
