/**
 * Global setup for browser tests: build the app twice — with the bundled course and
 * with the hostile corpus (via CASEBOOK_SCENARIOS, as an organisation would build its
 * own course) — into temporary folders, and serve each on 127.0.0.1 on a free port.
 * The tests run against what ships, under its Content-Security-Policy.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './build-and-serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    hostileUrl: string;
    outDir: string;
  }
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
