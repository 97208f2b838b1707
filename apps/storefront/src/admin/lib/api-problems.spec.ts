import { describeProblem, errorReason, fieldMessages, fieldProblems } from './api-problems';

const failure = (data: Record<string, unknown>, message = 'server words') => Object.assign(new Error(message), { data });

describe('fieldProblems', () => {
  it('reads the field errors the server sent, skipping malformed entries', () => {
    const error = failure({ code: 'BAD_REQUEST', fieldErrors: [{ path: 'slug', message: 'is taken' }, { nope: 1 }, { message: 'whole input' }] });
    expect(fieldProblems(error)).toEqual([
      { path: 'slug', message: 'is taken' },
      { path: '', message: 'whole input' },
    ]);
  });

  it('is empty for an error without data', () => {
    expect(fieldProblems(new Error('offline'))).toEqual([]);
    expect(fieldProblems(null)).toEqual([]);
  });
});

describe('describeProblem', () => {
  it('words the role reasons for people', () => {
    expect(describeProblem(failure({ code: 'CONFLICT', reason: 'last_admin' }))).toMatch(/last administrator/);
    expect(describeProblem(failure({ code: 'CONFLICT', reason: 'own_role' }))).toMatch(/your own role/);
  });

  it('passes on the message of a domain refusal', () => {
    const error = failure({ code: 'CONFLICT', reason: 'CATEGORY_NOT_EMPTY' }, 'The category has 2 subcategories and 0 products; move them elsewhere first');
    expect(describeProblem(error)).toBe('The category has 2 subcategories and 0 products; move them elsewhere first');
  });

  it('names a single field problem and counts several', () => {
    expect(describeProblem(failure({ code: 'BAD_REQUEST', fieldErrors: [{ path: 'slug', message: 'is taken' }] }))).toBe('Check this: slug: is taken');
    expect(
      describeProblem(
        failure({
          code: 'BAD_REQUEST',
          fieldErrors: [
            { path: 'a', message: 'x' },
            { path: 'b', message: 'y' },
          ],
        }),
      ),
    ).toBe('Check the 2 problems marked below.');
  });

  it('never shows the text of an unexpected failure', () => {
    expect(describeProblem(failure({ code: 'INTERNAL_SERVER_ERROR' }, 'relation "x" does not exist'))).not.toMatch(/relation/);
  });

  it('reads the reason', () => {
    expect(errorReason(failure({ reason: 'mailbox_disabled' }))).toBe('mailbox_disabled');
    expect(errorReason(new Error('x'))).toBeNull();
  });
});

describe('fieldMessages', () => {
  it('joins messages per field and keeps the ones no field claims', () => {
    const result = fieldMessages(
      [
        { path: 'slug', message: 'is taken' },
        { path: 'slug', message: 'is too long' },
        { path: 'variants.0.sku', message: 'bad' },
      ],
      (path) => (path === 'slug' ? 'slug' : null),
    );
    expect(result.byField).toEqual({ slug: 'is taken; is too long' });
    expect(result.unclaimed).toEqual([{ path: 'variants.0.sku', message: 'bad' }]);
  });
});
