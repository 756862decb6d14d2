// The app's build: its React code on Preact's compat layer (ui-runtime.config.ts; React itself
// with CASEBOOK_UI_RUNTIME=react), the Casebook plugin that compiles the course
// (CASEBOOK_SCENARIOS, default scenarios/) into the bundle as data, and the strict
// Content-Security-Policy of the production build. A package for an LMS (`npm run package`)
// builds the same app with CASEBOOK_DELIVERY (scorm12, scorm2004, cmi5 or html) and the
// course's score rule (CASEBOOK_SCORE_RULE: delivery.json's settings, JSON, over the
// defaults of src/delivery/score.ts): constants, so a build for no LMS carries no delivery
// code at all. `html` is the one-file course: everything inlined into index.html
// (vite-plugin-singlefile), then a policy with the inline code's hashes (src/vite/one-file.ts).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { casebook } from './src/vite/casebook-plugin';
import { compiledCatalogs } from './src/vite/catalogs';
import { contentSecurityPolicy } from './src/vite/csp';
import { oneFileCsp } from './src/vite/one-file';
import { scoreRuleOf, type ScoreSettings } from './src/delivery/score-settings';
import { runtimeAliases } from './ui-runtime.config';

const oneFile = process.env.CASEBOOK_DELIVERY === 'html';

/** delivery.json's scores and pass mark over the defaults; null (the defaults) when none are set. */
const scoreRule = (json: string | undefined) =>
  json ? JSON.stringify(scoreRuleOf(JSON.parse(json) as ScoreSettings)) : 'null';

export default defineConfig({
  // Relative asset paths: the build works from any folder of any static host (or an LMS package).
  base: './',
  resolve: { alias: runtimeAliases(false) },
  define: {
    __CASEBOOK_DELIVERY__: JSON.stringify(process.env.CASEBOOK_DELIVERY ?? ''),
    __CASEBOOK_SCORE_RULE__: scoreRule(process.env.CASEBOOK_SCORE_RULE),
  },
  plugins: [
    react(),
    casebook({ inlineAssets: oneFile }),
    compiledCatalogs(),
    contentSecurityPolicy(process.env.CASEBOOK_DELIVERY),
    ...(oneFile ? [viteSingleFile(), oneFileCsp()] : []),
  ],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: !oneFile,
    modulePreload: { polyfill: false },
    // Everything the first screen needs in one chunk, not a dozen small ones (each its own
    // request, and gzip compresses the whole better than its parts): about 4 KB less. Every
    // page chunk imports this one, so no module in it may use a top-level `await` (a page
    // fetched while it awaited would wait for ever; see src/ui/main.tsx).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'first-screen',
              tags: ['$initial'],
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
});
