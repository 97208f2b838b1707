import { returnableLines, returnInput } from './return-draft';

const lines = returnableLines({
  lines: [
    { lineId: 'l1', sku: 'MUG', title: 'Mug', quantity: 3, unitWeightGrams: 400 },
    { lineId: 'l2', sku: 'TEE', title: 'Tee', quantity: 1, unitWeightGrams: 200 },
  ],
  returnable: [
    { lineId: 'l1', quantity: 2 },
    { lineId: 'l2', quantity: 0 },
  ],
});

describe('a return draft', () => {
  it('knows what is left of each line', () => {
    expect(lines.map((line) => [line.lineId, line.shipped, line.left])).toEqual([
      ['l1', 3, 2],
      ['l2', 1, 0],
    ]);
  });

  it('sends only the lines with units, the reason trimmed, and the location when one was chosen', () => {
    expect(returnInput('s1', lines, { quantities: { l1: ' 2 ', l2: '0' }, reason: '  Broken handle ', locationId: '' })).toEqual({
      ok: true,
      input: { shipmentId: 's1', lines: [{ lineId: 'l1', quantity: 2 }], reason: 'Broken handle' },
    });
    expect(returnInput('s1', lines, { quantities: { l1: '1' }, reason: '', locationId: 'loc-2' })).toEqual({
      ok: true,
      input: { shipmentId: 's1', lines: [{ lineId: 'l1', quantity: 1 }], locationId: 'loc-2' },
    });
  });

  it('names the line with too many, a fraction or text, and asks for something when nothing is chosen', () => {
    expect(returnInput('s1', lines, { quantities: { l1: '3' }, reason: '', locationId: '' })).toEqual({ ok: false, problems: { 'lines.l1': 'At most 2 can still be returned' } });
    expect(returnInput('s1', lines, { quantities: { l2: '1' }, reason: '', locationId: '' })).toEqual({ ok: false, problems: { 'lines.l2': 'Every unit is already being returned' } });
    expect(returnInput('s1', lines, { quantities: { l1: '1.5' }, reason: '', locationId: '' })).toEqual({ ok: false, problems: { 'lines.l1': 'Enter a whole number of units' } });
    expect(returnInput('s1', lines, { quantities: { l1: 'two' }, reason: '', locationId: '' })).toMatchObject({ ok: false });
    expect(returnInput('s1', lines, { quantities: {}, reason: 'x', locationId: '' })).toEqual({ ok: false, problems: { lines: 'Enter how many units of at least one line come back' } });
  });
});
