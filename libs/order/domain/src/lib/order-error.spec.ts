import { EUR } from '../testing/order-fixtures';
import { describeOrderError, type OrderError } from './order-error';

const eur = (amount: number) => ({ amount, currency: EUR });

describe('describeOrderError', () => {
  it.each<[OrderError, string]>([
    [{ type: 'CancelAfterShipment', shippedQuantity: 1 }, 'This order can no longer be cancelled: 1 unit already shipped. Ask for a return instead.'],
    [{ type: 'ReturnExceedsDelivered', lineId: 'a', requested: 3, returnable: 2 }, 'Only 2 units of line a can be returned (delivered and not yet returned), not 3.'],
    [{ type: 'RefundAboveCaptured', requested: eur(2400), refundable: eur(1000) }, 'A refund of 24.00 EUR is more than the 10.00 EUR captured and not yet refunded.'],
    [{ type: 'EditAfterFulfilment', fulfilledQuantity: 2 }, 'This order can no longer be edited: 2 units already fulfilled.'],
    [{ type: 'UnknownLine', lineId: 'zz' }, 'This order has no line zz.'],
    [{ type: 'InvalidOrderNumber', input: '1042-8', reason: 'check_digit' }, '"1042-8" is not a valid order number; please check the digits.'],
  ])('describes %o', (error, sentence) => {
    expect(describeOrderError(error)).toBe(sentence);
  });

  it('gives every refusal a sentence', () => {
    const all: OrderError[] = [
      { type: 'MissingLineDetails', lineId: 'a' },
      { type: 'InvalidQuantity', lineId: 'a', quantity: 0 },
      { type: 'NothingToDo', action: 'receive' },
      { type: 'OrderCancelled' },
      { type: 'ReturnExceedsBought', lineId: 'a', requested: 2, returnable: 1 },
      { type: 'ReceiveExceedsRequested', lineId: 'a', received: 2, awaiting: 1 },
      { type: 'RefundExceedsReceived', lineId: 'a', requested: 2, refundable: 1 },
      { type: 'CurrencyMismatch', expected: EUR, actual: 'USD' as typeof EUR },
      { type: 'InvalidOrderNumber', input: 'x', reason: 'format' },
    ];
    for (const error of all) expect(describeOrderError(error)).toMatch(/^[A-Z"].*\.$/);
  });
});
