import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';

const API_PREFIXES = ['/trpc', '/healthz', '/readyz', '/metrics'];

/**
 * Serves the built SPA: hashed assets cached for a year, everything else revalidated, and the history-API fallback
 * (any other GET that wants HTML gets index.html so client-side routes survive a reload).
 */
export function mountSpa<E extends Env>(app: Hono<E>, staticDir: string): boolean {
  const indexPath = join(staticDir, 'index.html');
  if (!existsSync(indexPath)) return false;
  const indexHtml = readFileSync(indexPath, 'utf8');

  app.use(
    '/assets/*',
    serveStatic({
      root: staticDir,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use(
    '*',
    serveStatic({
      root: staticDir,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=0, must-revalidate'),
    }),
  );
  app.get('*', (c, next) => {
    const path = c.req.path;
    if (API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return next();
    if (path.startsWith('/assets/') || path.startsWith('/media/')) return c.text('Not found', 404);
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
  return true;
}
