/**
 * The app built for a package: Vite's own `build()` with the project's vite.config.ts,
 * the course folder in CASEBOOK_SCENARIOS, the format in CASEBOOK_DELIVERY and
 * delivery.json's scores in CASEBOOK_SCORE_RULE (the config reads them; the environment
 * is put back afterwards). Then what goes out: the one HTML file as it is, or a zip of
 * the built files with the LMS's manifest at its root (fflate; source maps left out).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';

export type Format = 'scorm12' | 'scorm2004' | 'cmi5' | 'html';

const PROJECT = join(import.meta.dirname, '..', '..');

/** The built app's files by path relative to its root (`index.html`, `assets/…`), maps left out. */
export async function buildApp(
  courseDir: string,
  format: Format,
  scoreRule: object | undefined,
): Promise<Map<string, Uint8Array>> {
  const outDir = mkdtempSync(join(tmpdir(), 'casebook-package-'));
  const env = {
    CASEBOOK_SCENARIOS: courseDir,
    CASEBOOK_DELIVERY: format,
    CASEBOOK_SCORE_RULE: scoreRule ? JSON.stringify(scoreRule) : undefined,
    // Vite bundles React's production build only under NODE_ENV=production.
    NODE_ENV: 'production',
  };
  const previous = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  setEnv(env);
  try {
    await build({
      root: PROJECT,
      configLoader: 'runner',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    return readTree(outDir);
  } finally {
    setEnv(previous);
    rmSync(outDir, { recursive: true, force: true });
  }
}

function setEnv(values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

function readTree(root: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.map')) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split(sep).join('/'), new Uint8Array(readFileSync(path)));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A zip of `files` with `manifest` (its name and text) at the root. */
export function zipPackage(
  files: ReadonlyMap<string, Uint8Array>,
  manifest: { name: string; text: string },
): Uint8Array {
  const entries: Zippable = { [manifest.name]: new TextEncoder().encode(manifest.text) };
  for (const [path, bytes] of files) entries[path] = bytes;
  return zipSync(entries, { level: 9 });
}
