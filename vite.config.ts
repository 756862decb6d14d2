// The app's build: React, the Casebook plugin that compiles the course
// (CASEBOOK_SCENARIOS, default scenarios/) into the bundle as data, and the strict
// Content-Security-Policy of the production build.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { casebook } from './src/vite/casebook-plugin';
import { contentSecurityPolicy } from './src/vite/csp';

export default defineConfig({
  // Relative asset paths: the build works from any folder of any static host (or an LMS package).
  base: './',
  plugins: [react(), casebook(), contentSecurityPolicy()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false } },
});
