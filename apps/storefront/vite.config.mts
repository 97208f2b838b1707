import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** In development the SPA reaches the API (tRPC, health checks) through Vite's proxy. */
const api = 'http://127.0.0.1:3000';
// Product media are the SPA's own public files (public/media), served by Vite here and by the API in production.
const proxy = { '/trpc': api, '/healthz': api };

export default defineConfig({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/storefront',
  plugins: [react()],
  server: { port: 4200, host: 'localhost', proxy },
  preview: { port: 4300, host: 'localhost', proxy },
  build: {
    outDir: '../../dist/apps/storefront',
    emptyOutDir: true,
    reportCompressedSize: false,
  },
  test: {
    name: 'storefront',
    watch: false,
    globals: true,
    environment: 'node',
    include: ['src/**/*.spec.{ts,tsx}'],
  },
});
