import { placeholderSvg } from '@emporium/catalog-data-access';
import type { Env, Hono } from 'hono';

/**
 * Generated product images (`/media/placeholder/<kind>/<hue>.svg?label=…`), drawn on request: the demo catalog
 * points its images here so that no image files need shipping. The picture depends only on the URL, so it is
 * cached for a year.
 */
export function mountPlaceholderMedia<E extends Env>(app: Hono<E>): void {
  app.get('/media/placeholder/:kind/:file', (c) => {
    const match = /^(\d{1,3})\.svg$/.exec(c.req.param('file'));
    if (!match) return c.text('Not found', 404);
    const label = (c.req.query('label') ?? '').slice(0, 200);
    c.header('Content-Type', 'image/svg+xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    // An SVG may carry script; this one never does, and the policy makes sure it could not run if opened directly.
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    return c.body(placeholderSvg(c.req.param('kind'), Number(match[1]), label));
  });
}
