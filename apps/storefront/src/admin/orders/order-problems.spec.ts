import { actionProblems } from './order-problems';

const map = (path: string) => (path === 'amount' || path === 'reason' ? path : null);

describe('an order action refused by the server', () => {
  it('puts input problems at their fields and lists the rest', () => {
    const error = { message: 'Invalid input', data: { code: 'BAD_REQUEST', fieldErrors: [{ path: 'amount', message: 'Refund at least 1' }, { path: 'orderId', message: 'Not a valid id' }] } };
    expect(actionProblems(error, map)).toEqual({ byField: { amount: 'Refund at least 1' }, unclaimed: [{ path: 'orderId', message: 'Not a valid id' }], message: null });
  });

  it('puts a rule that names a field at that field, in the server’s words', () => {
    const error = { message: 'Refund at most USD 12.00', data: { code: 'BAD_REQUEST', reason: 'REFUND_ABOVE_CAPTURED', details: { field: 'amount' } } };
    expect(actionProblems(error, map)).toEqual({ byField: { amount: 'Refund at most USD 12.00' }, unclaimed: [], message: null });
  });

  it('shows any other refusal as its message', () => {
    const error = { message: 'Shipped goods cannot be cancelled', data: { code: 'CONFLICT', reason: 'CANCEL_AFTER_SHIPMENT', details: { rule: 'CancelAfterShipment' } } };
    expect(actionProblems(error, map).message).toBe('Shipped goods cannot be cancelled');
    expect(actionProblems(null, map)).toEqual({ byField: {}, unclaimed: [], message: null });
  });
});
