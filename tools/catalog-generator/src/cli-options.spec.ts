import { parseCli } from './cli-options';

const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/shop' };

describe('parseCli', () => {
  it('defaults to 10,000 products with seed 42 in batches of 500', () => {
    expect(parseCli([], env)).toEqual({ ok: true, options: { databaseUrl: env.DATABASE_URL, products: 10_000, seed: 42, batchSize: 500 } });
  });

  it('reads the size, seed and batch size from the command line', () => {
    expect(parseCli(['--products', '300', '--seed', '7', '--batch-size=250'], env)).toMatchObject({ ok: true, options: { products: 300, seed: 7, batchSize: 250 } });
  });

  it('requires DATABASE_URL', () => {
    expect(parseCli([], {})).toMatchObject({ ok: false, message: expect.stringContaining('DATABASE_URL must be set') });
    expect(parseCli([], { DATABASE_URL: 'mysql://x' })).toMatchObject({ ok: false, message: expect.stringContaining('DATABASE_URL') });
  });

  it('names the bad option', () => {
    expect(parseCli(['--products', 'lots'], env)).toMatchObject({ ok: false, message: expect.stringContaining('--products') });
    expect(parseCli(['--products=-5'], env)).toMatchObject({ ok: false, message: expect.stringContaining('--products must be at least 0') });
    expect(parseCli(['--seed', '1.5'], env)).toMatchObject({ ok: false, message: expect.stringContaining('--seed must be a whole number') });
    expect(parseCli(['--colour', 'red'], env)).toMatchObject({ ok: false, message: expect.stringContaining("Unknown option '--colour'") });
  });

  it('shows the usage for --help', () => {
    expect(parseCli(['--help'], env)).toMatchObject({ ok: false, help: true, message: expect.stringContaining('Usage:') });
  });
});
