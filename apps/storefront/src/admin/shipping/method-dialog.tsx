import { FormDialog } from '../components/form-dialog';
import { MethodForm } from './method-form';
import type { StaffMethod, StaffZone } from './shipping-types';

export interface MethodDialogProps {
  readonly open: boolean;
  readonly zone: StaffZone;
  /** The method edited; none for a new one. */
  readonly method?: StaffMethod;
  /** Where the method sits in the zone's list (the API does not send a stored position). */
  readonly position: number;
  readonly onClose: () => void;
}

/** A method's editor in a native modal; focus returns to the button that opened it. */
export function MethodDialog({ open, zone, method, position, onClose }: MethodDialogProps) {
  const title = method ? `Edit ${method.name}` : `New method for ${zone.name}`;
  return (
    <FormDialog open={open} title={title} wide onClose={onClose}>
      <MethodForm key={method?.id ?? 'new'} zoneId={zone.id} method={method} position={position} title={title} onDone={onClose} />
    </FormDialog>
  );
}
