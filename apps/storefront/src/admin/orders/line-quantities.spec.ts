import { currentQuantities, editChanges, fulfilLines, lineFieldOf, nothingToFulfil, unfulfilled } from './line-quantities';

const lines = [
  { lineId: 'mug', title: 'Mug', sku: 'MUG-1', quantity: 3, fulfilled: 1 },
  { lineId: 'tee', title: 'Tee', sku: 'TEE-M', quantity: 2, fulfilled: 0 },
];

describe('quantities typed per line', () => {
  it('knows what is left to fulfil', () => {
    expect(lines.map(unfulfilled)).toEqual([2, 2]);
    expect(nothingToFulfil(lines)).toBe(false);
    expect(nothingToFulfil([{ ...lines[0]!, fulfilled: 3 }])).toBe(true);
  });

  it('sends the lines with units typed, leaving blanks and zeros out', () => {
    expect(fulfilLines(lines, { mug: ' 2 ', tee: '0' })).toEqual({ ok: true, value: [{ lineId: 'mug', quantity: 2 }] });
  });

  it('refuses more than is left, and odd numbers, at their line', () => {
    expect(fulfilLines(lines, { mug: '3', tee: '1.5' })).toEqual({
      ok: false,
      problems: { 'lines.mug': 'At most 2 left to fulfil', 'lines.tee': 'Enter a whole number of units' },
    });
  });

  it('asks for at least one unit', () => {
    expect(fulfilLines(lines, {})).toEqual({ ok: false, problems: { lines: 'Enter how many units of at least one line to send' } });
  });

  it('edits only the lines whose quantity changed', () => {
    expect(currentQuantities(lines)).toEqual({ mug: '3', tee: '2' });
    expect(editChanges(lines, { mug: '3', tee: '0' })).toEqual({ ok: true, value: [{ lineId: 'tee', quantity: 0 }] });
  });

  it('refuses an edit that raises a quantity, goes below what was fulfilled, changes nothing or removes every line', () => {
    expect(editChanges(lines, { tee: '3' })).toEqual({ ok: false, problems: { 'lines.tee': 'An edit can only lower a quantity (ordered 2); to sell more, place a new order' } });
    expect(editChanges(lines, { mug: '0' })).toEqual({ ok: false, problems: { 'lines.mug': '1 already fulfilled; it cannot go below that' } });
    expect(editChanges(lines, { mug: '3', tee: '2' })).toEqual({ ok: false, problems: { lines: 'Change the quantity of at least one line' } });
    const fresh = lines.map((line) => ({ ...line, fulfilled: 0 }));
    expect(editChanges(fresh, { mug: '0', tee: '0' })).toEqual({ ok: false, problems: { lines: 'An order keeps at least one line; cancel the order instead' } });
  });

  it('puts the server’s field paths under the line they name', () => {
    const sent = [{ lineId: 'tee' }, { lineId: 'mug' }];
    expect(lineFieldOf('lines.1.quantity', sent)).toBe('lines.mug');
    expect(lineFieldOf('changes.0', sent)).toBe('lines.tee');
    expect(lineFieldOf('lines.7.quantity', sent)).toBe('lines');
    expect(lineFieldOf('shipFromLocationId', sent, ['shipFromLocationId'])).toBe('shipFromLocationId');
    expect(lineFieldOf('carrier', sent)).toBeNull();
  });
});
