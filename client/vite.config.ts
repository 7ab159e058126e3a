import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

export default defineConfig({
  root: fromRoot('client'),
  plugins: [react()],
  resolve: {
    alias: {
      '@shared': fromRoot('shared'),
      '@server': fromRoot('server'),
      '@client': fromRoot('client/src'),
    },
  },
  server: {
    proxy: {
      '/trpc': apiTarget,
      '/api': apiTarget,
      '/healthz': apiTarget,
    },
  },
  build: {
    outDir: fromRoot('dist/client'),
    emptyOutDir: true,
    sourcemap: process.env.CLIENT_SOURCEMAP === '1',
    rollupOptions: {
      // The partners' embed script is served as a stable /embed.js (docs/embed.md), not hashed.
      input: { index: fromRoot('client/index.html'), embed: fromRoot('client/embed/embed.js') },
      output: { entryFileNames: (chunk) => (chunk.name === 'embed' ? 'embed.js' : 'assets/[name]-[hash].js') },
    },
  },
});
