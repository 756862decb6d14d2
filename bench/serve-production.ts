/**
 * The browser benches measure the production build as a learner gets it: build the app
 * (the course named by `CASEBOOK_SCENARIOS`) into `outDir` and serve it on 127.0.0.1.
 * Shared by `bench:ui` and the Chromium part of `bench:author`.
 */
import { build, preview, type PreviewServer } from 'vite';
import { ROOT } from './common';

export async function serveProduction(
  outDir: string,
): Promise<{ server: PreviewServer; url: string }> {
  process.env.NODE_ENV = 'production';
  await build({
    root: ROOT,
    mode: 'production',
    configLoader: 'runner',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const server = await preview({
    root: ROOT,
    configLoader: 'runner',
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  });
  return { server, url: server.resolvedUrls?.local[0] ?? '' };
}
