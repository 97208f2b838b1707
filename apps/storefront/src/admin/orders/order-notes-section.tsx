import { Button } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { trpc } from '../../trpc';
import { AdminSection } from '../components/admin-page';
import { TextAreaField } from '../components/text-area-field';
import { formatDateTime } from '../lib/dates';
import { useFeedback } from '../lib/use-feedback';
import { ActionProblem } from './action-problem';
import { actorLabel } from './order-labels';
import { actionProblems } from './order-problems';
import type { StaffOrder } from './order-types';
import { useStaffNames } from './use-staff-names';

/** Staff notes on the order (never shown to the customer), oldest first, and a form to add one. */
export function OrderNotesSection({ order }: { readonly order: StaffOrder }) {
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const staffName = useStaffNames(order.notes.map((note) => note.author));
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const add = trpc.order.admin.addNote.useMutation({
    onSuccess: () => {
      setBody('');
      void utils.order.admin.get.invalidate({ orderId: order.id });
      feedback.saved('Note added');
    },
  });
  const server = actionProblems(add.error, (path) => (path === 'body' ? 'body' : null));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setProblem('Write the note first');
      return;
    }
    setProblem(undefined);
    add.mutate({ orderId: order.id, body: body.trim() });
  };

  return (
    <AdminSection title={`Staff notes (${order.notes.length})`}>
      {order.notes.length > 0 && (
        <ol className="admin-order-notes" aria-label="Notes, oldest first">
          {order.notes.map((note) => (
            <li key={note.id}>
              <p className="admin-order-notes__body">{note.body}</p>
              <span className="admin-table__secondary">
                {actorLabel(note.author, staffName(note.author))} · {formatDateTime(note.createdAt)}
              </span>
            </li>
          ))}
        </ol>
      )}
      <form className="admin-form" onSubmit={submit} noValidate aria-label="Add a note">
        <TextAreaField label="New note" hint="Only staff see notes." rows={3} maxLength={2000} value={body} error={problem ?? server.byField['body']} onChange={(event) => setBody(event.target.value)} />
        <ActionProblem problems={server} title="The note was not added" />
        <div className="admin-button-row">
          <Button type="submit" loading={add.isPending}>
            Add note
          </Button>
        </div>
      </form>
    </AdminSection>
  );
}
