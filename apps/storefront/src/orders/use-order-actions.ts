import { trpc } from '../trpc';
import { type OrderView, type ReturnLineInput } from './order-types';

/** What the order page may do with an order, whoever the shopper is (a customer, or a guest with the token). */
export interface OrderActions {
  readonly cancel: (onDone: () => void) => void;
  readonly cancelling: boolean;
  readonly cancelError: unknown;
  readonly requestReturn: (lines: ReturnLineInput[], onDone: () => void) => void;
  readonly requestingReturn: boolean;
  readonly returnError: unknown;
}

/** A signed-in customer's cancel and return: each answers the order as it is now, which replaces the cached one. */
export function useCustomerOrderActions(orderId: string): OrderActions {
  const utils = trpc.useUtils();
  const settle = (view: OrderView) => {
    utils.order.mine.get.setData({ orderId }, view);
    void utils.order.mine.list.invalidate();
  };
  const cancel = trpc.order.mine.cancel.useMutation({ onSuccess: settle });
  const requestReturn = trpc.order.mine.requestReturn.useMutation({ onSuccess: settle });
  return {
    cancel: (onDone) => cancel.mutate({ orderId }, { onSuccess: onDone }),
    cancelling: cancel.isPending,
    cancelError: cancel.error,
    requestReturn: (lines, onDone) => requestReturn.mutate({ orderId, lines }, { onSuccess: onDone }),
    requestingReturn: requestReturn.isPending,
    returnError: requestReturn.error,
  };
}

/** A guest's, with the access token from the link. */
export function useGuestOrderActions(orderId: string, accessToken: string): OrderActions {
  const utils = trpc.useUtils();
  const settle = (view: OrderView) => utils.order.guest.get.setData({ orderId, accessToken }, view);
  const cancel = trpc.order.guest.cancel.useMutation({ onSuccess: settle });
  const requestReturn = trpc.order.guest.requestReturn.useMutation({ onSuccess: settle });
  return {
    cancel: (onDone) => cancel.mutate({ orderId, accessToken }, { onSuccess: onDone }),
    cancelling: cancel.isPending,
    cancelError: cancel.error,
    requestReturn: (lines, onDone) => requestReturn.mutate({ orderId, accessToken, lines }, { onSuccess: onDone }),
    requestingReturn: requestReturn.isPending,
    returnError: requestReturn.error,
  };
}

/** A guest's who found the order by its number and e-mail (`/orders/lookup`): the same pair is their credential. */
export function useLookupOrderActions(lookup: { readonly number: string; readonly email: string }): OrderActions {
  const utils = trpc.useUtils();
  const settle = (view: OrderView) => utils.order.guest.lookup.setData(lookup, { order: view });
  const cancel = trpc.order.guest.cancel.useMutation({ onSuccess: settle });
  const requestReturn = trpc.order.guest.requestReturn.useMutation({ onSuccess: settle });
  return {
    cancel: (onDone) => cancel.mutate(lookup, { onSuccess: onDone }),
    cancelling: cancel.isPending,
    cancelError: cancel.error,
    requestReturn: (lines, onDone) => requestReturn.mutate({ ...lookup, lines }, { onSuccess: onDone }),
    requestingReturn: requestReturn.isPending,
    returnError: requestReturn.error,
  };
}
