import { z } from 'zod';
import { checkInput, formProblems, numberInput, optionalText } from './schema-check';

const schema = z.object({
  name: z.string().min(1, 'Enter a name'),
  count: z.number({ error: 'Enter a whole number' }).int('Enter a whole number').min(1, 'Enter at least 1'),
  address: z.object({ city: z.string().max(3, 'Too long').nullable() }),
});

describe('checkInput', () => {
  it('passes the parsed input on', () => {
    expect(checkInput(schema, { name: 'A', count: 2, address: { city: null } })).toEqual({ ok: true, data: { name: 'A', count: 2, address: { city: null } } });
  });

  it('keys the first message of each field by its dotted path, as the server does', () => {
    const result = checkInput(schema, { name: '', count: 0, address: { city: 'Paris' } });
    expect(result).toEqual({ ok: false, problems: { name: 'Enter a name', count: 'Enter at least 1', 'address.city': 'Too long' } });
  });

  it('reports a missing or unreadable number with the schema’s words', () => {
    expect(checkInput(schema, { name: 'A', count: numberInput(''), address: { city: null } })).toMatchObject({ problems: { count: 'Enter a whole number' } });
    expect(checkInput(schema, { name: 'A', count: numberInput('ten'), address: { city: null } })).toMatchObject({ problems: { count: 'Enter a whole number' } });
    expect(checkInput(schema, { name: 'A', count: numberInput('2.5'), address: { city: null } })).toMatchObject({ problems: { count: 'Enter a whole number' } });
  });
});

describe('numberInput', () => {
  it('reads digits, with separators and a sign', () => {
    expect(numberInput(' 1,200 ')).toBe(1200);
    expect(numberInput('-3')).toBe(-3);
    expect(numberInput('')).toBeUndefined();
    expect(numberInput('1e3')).toBeNaN();
  });
});

describe('optionalText', () => {
  it('turns blanks into null and trims the rest', () => {
    expect(optionalText('  ')).toBeNull();
    expect(optionalText(' shelf B ')).toBe('shelf B');
  });
});

describe('formProblems', () => {
  const map = (path: string) => (['name', 'count'].includes(path) ? path : null);
  const refused = Object.assign(new Error('bad'), { data: { fieldErrors: [{ path: 'name', message: 'is taken' }, { path: 'other', message: 'is odd' }] } });

  it('puts the browser’s and the server’s messages at their fields, the browser’s winning', () => {
    expect(formProblems({ count: 'Enter at least 1' }, refused, map)).toEqual({
      byField: { name: 'is taken', count: 'Enter at least 1' },
      unclaimed: [{ path: 'other', message: 'is odd' }],
    });
    expect(formProblems({ name: 'Enter a name' }, refused, map).byField['name']).toBe('Enter a name');
  });

  it('lists what no field shows', () => {
    expect(formProblems({ '': 'Unrecognized key' }, null, map)).toEqual({ byField: {}, unclaimed: [{ path: '', message: 'Unrecognized key' }] });
  });
});
