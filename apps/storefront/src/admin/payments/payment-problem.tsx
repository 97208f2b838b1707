import { UnclaimedProblems } from '../components/problems';
import { fieldProblems, type FieldProblem } from '../lib/api-problems';
import { paymentActionProblem } from './payment-labels';

/**
 * What the payment service refused about an action, in place: field problems no field claims as a list, or the
 * refusal itself (a state, a busy payment, the gateway's no) when it named no field.
 */
export function PaymentProblem({ error, unclaimed = [], title }: { readonly error: unknown; readonly unclaimed?: readonly FieldProblem[]; readonly title: string }) {
  if (!error) return null;
  if (fieldProblems(error).length > 0) return <UnclaimedProblems problems={unclaimed} />;
  return (
    <div className="admin-alert admin-alert--danger" role="alert">
      <p className="admin-alert__title">{title}</p>
      <p>{paymentActionProblem(error)}</p>
    </div>
  );
}
