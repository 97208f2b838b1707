import { parseCli } from './cli-options';

const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/shop' };

describe('create-admin command line', () => {
  it('reads the e-mail from the arguments and the password from the environment', () => {
    expect(parseCli(['--email', 'owner@shop.example'], { ...env, EMPORIUM_ADMIN_PASSWORD: 'long secret' })).toEqual({
      ok: true,
      options: { databaseUrl: env.DATABASE_URL, email: 'owner@shop.example', password: 'long secret' },
    });
    expect(parseCli(['--email', 'owner@shop.example'], env)).toMatchObject({ ok: true, options: { password: undefined } });
  });

  it('refuses a password on the command line, a missing e-mail or database, and unknown flags', () => {
    expect(parseCli(['--email', 'a@b.example', '--password', 'x'], env)).toMatchObject({ ok: false, message: expect.stringContaining('Do not pass the password') });
    expect(parseCli([], env)).toMatchObject({ ok: false, message: expect.stringContaining('--email is required') });
    expect(parseCli(['--email', 'a@b.example'], {})).toMatchObject({ ok: false, message: expect.stringContaining('DATABASE_URL') });
    expect(parseCli(['--emial', 'a@b.example'], env)).toMatchObject({ ok: false });
    expect(parseCli(['--help'], env)).toMatchObject({ ok: false, help: true });
  });
});
