import { secretList } from './secret-list';

describe('secretList', () => {
  it('splits a comma list or takes an array, trimming and dropping empty entries', () => {
    expect(secretList(' whsec_new , whsec_old,')).toEqual(['whsec_new', 'whsec_old']);
    expect(secretList(['whsec_a ', ''])).toEqual(['whsec_a']);
  });
});
