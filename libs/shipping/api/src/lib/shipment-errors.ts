import type { TRPCError } from '@trpc/server';
import type { TransitionRefused } from '@emporium/shipping-domain';
import { domainError } from '@emporium/platform-trpc';

const ACTION_WORDS: Readonly<Record<TransitionRefused['action'], string>> = {
  purchase_label: 'buy a label for',
  mark_shipped: 'mark as shipped',
  cancel: 'cancel',
};

export function shipmentNotFound(shipmentId: string): TRPCError {
  return domainError('NOT_FOUND', 'SHIPMENT_NOT_FOUND', 'No such shipment', { shipmentId });
}

/** A staff action the shipment's status does not allow, with the status and the action for the client. */
export function transitionRefused(refusal: TransitionRefused): TRPCError {
  return domainError('CONFLICT', 'TRANSITION_REFUSED', `Cannot ${ACTION_WORDS[refusal.action]} a shipment that is ${refusal.from.replace(/_/g, ' ')}`, {
    from: refusal.from,
    action: refusal.action,
  });
}
