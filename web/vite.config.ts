// The web application's build: React through Vite, rooted in web/, built into web/dist, which
// the SICREMI server serves (src/server/web-static.ts). Offline by design: no CDN fonts or
// scripts. ECharts and the world atlas are split into their own chunks, loaded by the pages
// that draw a chart or a map.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
// SICREMI_WEB_DIST builds elsewhere (e.g. one folder per parallel test run); the server reads it too.
const outDir = process.env.SICREMI_WEB_DIST ?? 'dist';
const apiTarget = process.env.SICREMI_API ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': apiTarget,
      '/sdmx': apiTarget,
      '/health': apiTarget,
    },
  },
});
