import pg from 'pg';
import { startTestApi } from '../testing/test-api';

describe('graceful shutdown', () => {
  it('stops taking new connections but finishes the requests in flight before closing the pool', async () => {
    const api = await startTestApi();
    // Hold a lock on the listing table so a listing request is still running when the stop begins.
    const blocker = new pg.Client({ connectionString: api.database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE catalog.listing_entry IN ACCESS EXCLUSIVE MODE');

    const inFlight = fetch(api.trpcUrl('catalog.products.list', { limit: 3 }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    let stopped = false;
    const stopping = api.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(stopped).toBe(false);
    await expect(fetch(`${api.url}/healthz`)).rejects.toThrow();

    await blocker.query('COMMIT');
    await blocker.end();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { result: { data: { items: unknown[] } } }).result.data.items).toHaveLength(3);
    await stopping;
    expect(stopped).toBe(true);
    await api.database.destroy();
  });
});
