import { SelectField, TextField } from '@emporium/ui';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { trpc } from '../../trpc';
import { FormDialog } from '../components/form-dialog';
import { SubmitProblems } from '../components/problems';
import { SubmitOrCancel } from '../components/submit-or-cancel';
import { TextAreaField } from '../components/text-area-field';
import { adminPaths } from '../lib/admin-paths';
import { fieldMessages, fieldProblems } from '../lib/api-problems';
import { useFeedback } from '../lib/use-feedback';
import { emptyReturnDraft, type ReturnDraft, returnableLines, returnInput } from './return-draft';
import type { StaffShipment } from './shipment-types';

export interface ReturnDialogProps {
  readonly shipment: StaffShipment | null;
  readonly onClose: () => void;
}

/** Staff send some of a shipment's lines back: units per line, why, and to which location; then the return's page opens. */
export function ReturnDialog({ shipment, onClose }: ReturnDialogProps) {
  return (
    <FormDialog open={shipment !== null} title={shipment ? `Return goods of ${shipment.orderRef}` : ''} wide onClose={onClose}>
      {shipment && <ReturnForm key={shipment.id} shipment={shipment} onClose={onClose} />}
    </FormDialog>
  );
}

function ReturnForm({ shipment, onClose }: { readonly shipment: StaffShipment; readonly onClose: () => void }) {
  const navigate = useNavigate();
  const utils = trpc.useUtils();
  const feedback = useFeedback();
  const locations = trpc.inventory.admin.locations.list.useQuery(undefined, { staleTime: 60_000 });
  const [draft, setDraft] = useState<ReturnDraft>(emptyReturnDraft);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const lines = returnableLines(shipment);
  const create = trpc.shipping.admin.shipments.createReturn.useMutation({
    onSuccess: (made) => {
      void utils.shipping.admin.shipments.invalidate();
      feedback.saved('Return created: buy its label to send to the customer');
      onClose();
      void navigate(adminPaths.shipment(made.id));
    },
  });
  // The server names lines by position in what was sent; map them back to the line ids shown.
  const sent = create.variables?.lines ?? [];
  const server = fieldMessages(fieldProblems(create.error), (path) => {
    const match = /^lines\.(\d+)\.(?:quantity|lineId)$/.exec(path);
    if (match) return `lines.${sent[Number(match[1])]?.lineId ?? ''}`;
    return path === 'reason' || path === 'locationId' || path === 'lines' ? path : null;
  });
  const errorOf = (field: string) => problems[field] ?? server.byField[field];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = returnInput(shipment.id, lines, draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    create.mutate(checked.input);
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <fieldset className="admin-fieldset">
        <legend>Units coming back</legend>
        {lines.map((line) => (
          <TextField
            key={line.lineId}
            label={`${line.title} (${line.sku})`}
            hint={`${line.shipped} shipped · ${line.left} can still be returned`}
            inputMode="numeric"
            value={draft.quantities[line.lineId] ?? ''}
            placeholder="0"
            disabled={line.left === 0}
            error={errorOf(`lines.${line.lineId}`)}
            onChange={(event) => setDraft({ ...draft, quantities: { ...draft.quantities, [line.lineId]: event.target.value } })}
          />
        ))}
        {errorOf('lines') && (
          <p className="ui-field__error" role="alert">
            {errorOf('lines')}
          </p>
        )}
      </fieldset>
      <TextAreaField label="Reason (optional)" rows={2} maxLength={500} value={draft.reason} error={errorOf('reason')} onChange={(event) => setDraft({ ...draft, reason: event.target.value })} />
      <SelectField label="Goes back to" value={draft.locationId} error={errorOf('locationId')} onChange={(event) => setDraft({ ...draft, locationId: event.target.value })}>
        <option value="">Where it left from</option>
        {(locations.data ?? [])
          .filter((location) => location.active)
          .map((location) => (
            <option key={location.id} value={location.id}>
              {location.name} ({location.code})
            </option>
          ))}
      </SelectField>
      <SubmitProblems error={create.error} unclaimed={server.unclaimed} title="The return was not created" />
      <SubmitOrCancel label="Create return" loading={create.isPending} onCancel={onClose} />
    </form>
  );
}
