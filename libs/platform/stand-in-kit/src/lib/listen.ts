import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on `port` (0, the default, picks a free one) and `host` (default 127.0.0.1); the URL clients reach it at. */
export async function listen(server: Server, options: { port?: number; host?: string } = {}): Promise<{ url: string; host: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  // Listening on every interface: clients on this machine still reach it at the loopback address.
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1';
  return { url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, host, port };
}

/** Stops accepting and drops every open connection (held ones included), resolving once the server is closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
