import { z } from 'zod';
import { flagEnv, isFlagOn, optionalEnv, portEnv, readStandInEnv } from './cli-env';

const schema = z.object({ DEMO_PORT: optionalEnv(portEnv), DEMO_QUIET: optionalEnv(flagEnv), DEMO_WEBHOOK_URL: optionalEnv(z.url()) });
const read = (env: NodeJS.ProcessEnv) => readStandInEnv(schema, env, { name: 'demo', prefix: 'DEMO' });

describe('readStandInEnv', () => {
  it('reads set variables and treats empty ones as unset', () => {
    expect(read({ DEMO_PORT: '0', DEMO_QUIET: '' })).toEqual({ ok: true, data: { DEMO_PORT: 0 } });
    expect(isFlagOn('true')).toBe(true);
    expect(isFlagOn(undefined)).toBe(false);
  });

  it('names every problem in one message, a webhook URL without its secret among them', () => {
    const result = read({ DEMO_PORT: '70000', DEMO_WEBHOOK_URL: 'http://127.0.0.1:3000/hook' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Invalid demo settings:\n {2}DEMO_PORT: .+\n {2}DEMO_WEBHOOK_SECRET: required with DEMO_WEBHOOK_URL/);
  });
});
