import { orderActionProblem } from './order-action-error';

function apiError(code: string, data: Record<string, unknown> = {}, message = 'developer message') {
  return Object.assign(new Error(message), { data: { code, ...data } });
}

describe('orderActionProblem', () => {
  it('shows the order rule’s sentence for a refusal', () => {
    expect(orderActionProblem(apiError('CONFLICT', { reason: 'CANCEL_AFTER_SHIPMENT' }, 'This order has shipped and can no longer be cancelled'))).toBe('This order has shipped and can no longer be cancelled');
  });

  it('shows a field problem by its message', () => {
    expect(orderActionProblem(apiError('BAD_REQUEST', { fieldErrors: [{ path: 'lines.0.quantity', message: 'Enter at least 1' }] }, 'Invalid input'))).toBe('Enter at least 1');
  });

  it('never shows the server’s words for anything else', () => {
    expect(orderActionProblem(apiError('INTERNAL_SERVER_ERROR', {}, 'deadlock detected'))).toBe('Something went wrong on our side. Please try again.');
    expect(orderActionProblem(apiError('NOT_FOUND'))).toBe('This order can no longer be found.');
  });
});
