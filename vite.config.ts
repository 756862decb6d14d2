// The app's build: React, the Casebook plugin that compiles the course
// (CASEBOOK_SCENARIOS, default scenarios/) into the bundle as data, and the strict
// Content-Security-Policy of the production build. A package for an LMS (`npm run package`)
// builds the same app with CASEBOOK_DELIVERY (scorm12, scorm2004, cmi5 or html) and the
// course's score rule (CASEBOOK_SCORE_RULE, JSON): constants, so a build for no LMS carries
// no delivery code at all.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { casebook } from './src/vite/casebook-plugin';
import { contentSecurityPolicy } from './src/vite/csp';

export default defineConfig({
  // Relative asset paths: the build works from any folder of any static host (or an LMS package).
  base: './',
  define: {
    __CASEBOOK_DELIVERY__: JSON.stringify(process.env.CASEBOOK_DELIVERY ?? ''),
    __CASEBOOK_SCORE_RULE__: process.env.CASEBOOK_SCORE_RULE ?? 'null',
  },
  plugins: [react(), casebook(), contentSecurityPolicy(process.env.CASEBOOK_DELIVERY)],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: true, modulePreload: { polyfill: false } },
});
