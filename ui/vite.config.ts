// Build, dev-server and unit-test configuration for the UI (root = ui/, output = ui/dist).
// Must not add anything that emits inline scripts or needs eval: the app runs under a strict CSP.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const devHost = process.env.TAURI_DEV_HOST;

export default defineConfig({
  root,
  base: './',
  clearScreen: false,
  // JSX through esbuild directly; no React plugin (no fast refresh preamble, no inline script).
  esbuild: { jsx: 'automatic' },
  server: {
    port: 1420,
    strictPort: true,
    host: devHost ?? false,
    hmr: devHost ? { protocol: 'ws', host: devHost, port: 1421 } : undefined,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: ['es2021', 'safari15', 'chrome105'],
    sourcemap: false,
    assetsInlineLimit: 0,
    rollupOptions: {
      onwarn(warning, warn) {
        // TanStack Query ships "use client" directives for server-component bundlers; harmless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
