import { describeProblem, errorDetails, type FieldProblem, fieldMessages, fieldProblems } from '../lib/api-problems';

export interface ActionProblems {
  /** Messages by the form field they belong to. */
  readonly byField: Readonly<Record<string, string>>;
  /** Input problems no field of the form claims, listed so none is lost. */
  readonly unclaimed: readonly FieldProblem[];
  /** The refusal itself, in the server's words, when no field claims it. */
  readonly message: string | null;
}

const NONE: ActionProblems = { byField: {}, unclaimed: [], message: null };

/**
 * What the order service refused about an action, placed on the form: input problems (`fieldErrors`) at the fields
 * `map` gives their paths, and a rule's refusal that names a field in its details (`details.field`, as "Only 1 of
 * line … is left to fulfil" does) at that field too; any other refusal as one message.
 */
export function actionProblems(error: unknown, map: (path: string) => string | null): ActionProblems {
  if (!error) return NONE;
  const fields = fieldProblems(error);
  if (fields.length > 0) return { ...fieldMessages(fields, map), message: null };
  const field = errorDetails(error)?.['field'];
  const message = describeProblem(error);
  const claimed = typeof field === 'string' ? map(field) : null;
  return claimed ? { byField: { [claimed]: message }, unclaimed: [], message: null } : { byField: {}, unclaimed: [], message };
}
