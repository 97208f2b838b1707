import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The API serves tRPC, health checks and product media; in development the SPA reaches it through Vite. */
const api = 'http://127.0.0.1:3000';
const proxy = { '/trpc': api, '/healthz': api, '/media': api };

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
