import { UnclaimedProblems } from '../components/problems';
import type { ActionProblems } from './order-problems';

/** Under a form's fields: the input problems no field claimed, or the refusal itself under `title`. */
export function ActionProblem({ problems, title }: { readonly problems: ActionProblems; readonly title: string }) {
  return (
    <>
      <UnclaimedProblems problems={problems.unclaimed} />
      {problems.message && (
        <div className="admin-alert admin-alert--danger" role="alert">
          <p className="admin-alert__title">{title}</p>
          <p>{problems.message}</p>
        </div>
      )}
    </>
  );
}
