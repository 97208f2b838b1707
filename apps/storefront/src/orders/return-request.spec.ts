import { checkReturn, returnableLines } from './return-request';

const returnable = [
  { lineId: 'l1', title: 'Linen shirt', max: 2 },
  { lineId: 'l2', title: 'Socks', max: 1 },
];

describe('returnableLines', () => {
  it('offers only lines with units left to return', () => {
    const lines = [
      { lineId: 'l1', title: 'Linen shirt' },
      { lineId: 'l2', title: 'Socks' },
      { lineId: 'l3', title: 'Belt' },
    ];
    expect(returnableLines(lines, [{ lineId: 'l1', quantity: 2 }, { lineId: 'l2', quantity: 1 }, { lineId: 'l3', quantity: 0 }])).toEqual(returnable);
  });
});

describe('checkReturn', () => {
  it('asks for the lines chosen, with their reasons', () => {
    const result = checkReturn(
      [
        { lineId: 'l1', quantity: '2', reason: 'damaged', note: ' torn seam ' },
        { lineId: 'l2', quantity: '', reason: '', note: '' },
      ],
      returnable,
    );
    expect(result).toEqual({ ok: true, lines: [{ lineId: 'l1', quantity: 2, reason: 'damaged', note: 'torn seam' }] });
  });

  it('refuses more than may be returned, and a line without a reason', () => {
    const result = checkReturn([{ lineId: 'l1', quantity: '3', reason: '', note: '' }], returnable);
    expect(result).toEqual({ ok: false, errors: { 'l1.quantity': 'You can return at most 2 of these', 'l1.reason': 'Choose a reason' } });
    expect(checkReturn([{ lineId: 'l2', quantity: '1.5', reason: 'other', note: '' }], returnable)).toEqual({ ok: false, errors: { 'l2.quantity': 'Enter a whole number' } });
  });

  it('asks for something to return', () => {
    expect(checkReturn([{ lineId: 'l1', quantity: '0', reason: '', note: '' }], returnable)).toEqual({ ok: false, errors: { lines: 'Choose how many of an item to return' } });
  });
});
