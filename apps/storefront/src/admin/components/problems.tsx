import { Button } from '@emporium/ui';
import { describeField, describeProblem, type FieldProblem, fieldProblems } from '../lib/api-problems';

/** Field problems no input on the form claims: listed, so no server message is lost. */
export function UnclaimedProblems({ problems }: { readonly problems: readonly FieldProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="admin-alert admin-alert--danger" role="alert">
      <p className="admin-alert__title">The server refused this:</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{describeField(problem)}</li>
        ))}
      </ul>
    </div>
  );
}

/** A failed action explained in place (role="alert" so it is announced). */
export function ProblemAlert({ error, title }: { readonly error: unknown; readonly title?: string }) {
  if (!error) return null;
  return (
    <div className="admin-alert admin-alert--danger" role="alert">
      {title && <p className="admin-alert__title">{title}</p>}
      <p>{describeProblem(error)}</p>
    </div>
  );
}

/**
 * What the server refused about a form's last submit, under its fields: the field problems none of them claims
 * (`unclaimed`, from `fieldMessages`), or the refusal itself when it named no field at all, under `title` if given.
 */
export function SubmitProblems({ error, unclaimed, title }: { readonly error: unknown; readonly unclaimed: readonly FieldProblem[]; readonly title?: string }) {
  return (
    <>
      <UnclaimedProblems problems={unclaimed} />
      {fieldProblems(error).length === 0 && <ProblemAlert error={error} title={title} />}
    </>
  );
}

/** A failed load: what went wrong and a retry. */
export function LoadError({ error, onRetry, retrying = false }: { readonly error: unknown; readonly onRetry: () => void; readonly retrying?: boolean }) {
  return (
    <div className="admin-alert admin-alert--danger" role="alert">
      <p>{describeProblem(error)}</p>
      <Button variant="secondary" size="sm" onClick={onRetry} loading={retrying}>
        Try again
      </Button>
    </div>
  );
}
