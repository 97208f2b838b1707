import { batchLabel, checkBatch, checkNewCode, codeField } from './code-inputs';

const PROMOTION = '00000000-0000-4000-8000-000000000001';

describe('checkNewCode', () => {
  it('sends the code as the API stores it, with an optional limit', () => {
    expect(checkNewCode(PROMOTION, { code: ' spring-10 ', usageLimit: '' })).toEqual({ ok: true, data: { promotionId: PROMOTION, code: 'SPRING-10', usageLimit: null } });
    expect(checkNewCode(PROMOTION, { code: 'VIP', usageLimit: '50' })).toMatchObject({ ok: true, data: { usageLimit: 50 } });
  });

  it('uses the schema’s messages', () => {
    expect(checkNewCode(PROMOTION, { code: 'AB', usageLimit: '' })).toEqual({ ok: false, problems: { code: 'A code has at least 3 characters' } });
    expect(checkNewCode(PROMOTION, { code: 'TEN OFF', usageLimit: '0' })).toEqual({
      ok: false,
      problems: { code: 'A code has only letters, digits, hyphens and underscores', usageLimit: 'Enter at least 1' },
    });
  });
});

describe('checkBatch', () => {
  it('upper-cases the prefix and reads the count', () => {
    expect(checkBatch(PROMOTION, { count: '20', prefix: 'launch' })).toEqual({ ok: true, data: { promotionId: PROMOTION, count: 20, prefix: 'LAUNCH' } });
  });

  it('keeps to the API’s batch size and prefix rules', () => {
    expect(checkBatch(PROMOTION, { count: '10001', prefix: '' })).toMatchObject({ ok: false, problems: { count: 'Enter at most 10,000' } });
    expect(checkBatch(PROMOTION, { count: '', prefix: 'X-1' })).toMatchObject({ ok: false, problems: { count: 'Enter how many codes', prefix: 'A prefix has up to 16 letters or digits' } });
  });
});

describe('code labels', () => {
  it('map paths to fields and name batches', () => {
    expect(codeField('prefix')).toBe('prefix');
    expect(codeField('promotionId')).toBeNull();
    expect(batchLabel({ prefix: 'LAUNCH', size: 20 })).toBe('LAUNCH-… (20 codes)');
    expect(batchLabel({ prefix: '', size: 1 })).toBe('No prefix (1 code)');
  });
});
