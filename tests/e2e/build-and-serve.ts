/**
 * Build the app with a course (as an organisation would, via CASEBOOK_SCENARIOS) into a
 * temporary folder and serve it on 127.0.0.1 on a free port: the browser tests' global
 * setup does it for the bundled and hostile courses, and a test may for a fixture course,
 * or for a package format (`env`, e.g. `{ CASEBOOK_DELIVERY: 'cmi5' }`, set while it builds).
 * `serveFolder` serves a folder built elsewhere (an unpacked LMS package) the same way.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

const root = join(import.meta.dirname, '..', '..');

export async function buildAndServe(
  course: string,
  /** Build-time settings besides the course, e.g. `{ CASEBOOK_DELIVERY: 'scorm12' }`. */
  env: Record<string, string> = {},
): Promise<{ url: string; outDir: string; server: PreviewServer }> {
  const outDir = mkdtempSync(join(tmpdir(), 'casebook-e2e-'));
  const settings = { ...env, CASEBOOK_SCENARIOS: course };
  const previous = Object.fromEntries(Object.keys(settings).map((k) => [k, process.env[k]]));
  Object.assign(process.env, settings);
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
    for (const [key, value] of Object.entries(previous))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
  return { ...(await serveFolder(outDir)), outDir };
}

/** Serve `outDir` as the production build is served, on 127.0.0.1 on a free port. */
export async function serveFolder(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    root,
    configLoader: 'runner',
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  return { url, server };
}
