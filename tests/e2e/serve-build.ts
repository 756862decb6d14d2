/**
 * Global setup for browser tests: build the app twice — with the bundled course and
 * with the hostile corpus (via CASEBOOK_SCENARIOS, as an organisation would build its
 * own course) — into temporary folders, and serve each on 127.0.0.1 on a free port.
 * The tests run against what ships, under its Content-Security-Policy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    hostileUrl: string;
    outDir: string;
  }
}

const root = join(import.meta.dirname, '..', '..');

export async function buildAndServe(
  course: string,
): Promise<{ url: string; outDir: string; server: PreviewServer }> {
  const outDir = mkdtempSync(join(tmpdir(), 'casebook-e2e-'));
  const previous = process.env.CASEBOOK_SCENARIOS;
  process.env.CASEBOOK_SCENARIOS = course;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configLoader: 'runner',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.CASEBOOK_SCENARIOS;
    else process.env.CASEBOOK_SCENARIOS = previous;
  }
  const server = await preview({
    root,
    configLoader: 'runner',
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, outDir, server };
}

export default async function setup(project: TestProject) {
  const main = await buildAndServe('scenarios');
  const hostile = await buildAndServe('tests/fixtures/hostile-course');
  project.provide('baseUrl', main.url);
  project.provide('hostileUrl', hostile.url);
  project.provide('outDir', main.outDir);
  return async () => {
    for (const served of [main, hostile]) {
      await served.server.close();
      rmSync(served.outDir, { recursive: true, force: true });
    }
  };
}
