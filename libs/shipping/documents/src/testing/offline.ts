import { afterAll, beforeAll, vi } from 'vitest';

/** Makes any attempt to reach the network fail the spec: the renderers and the decoders must work offline. */
export function forbidNetwork(): void {
  beforeAll(() => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('The network is forbidden in these specs.')));
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
}
