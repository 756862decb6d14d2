/**
 * An LMS package as an admin uploads it: `npm run package -- scenarios --format <format>`
 * (the command's own code), the zip unpacked into a temporary folder as an LMS unpacks it,
 * and served on 127.0.0.1 on a free port. The browser tests of SCORM and cmi5 launch what
 * the package's own manifest (imsmanifest.xml or cmi5.xml) names, not a build of their own.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { PreviewServer } from 'vite';
import type { Io } from '../../src/cli/io';
import { runPackage } from '../../src/cli/package';
import { ROOT } from '../support/paths';
import { serveFolder } from './build-and-serve';

export interface ServedPackage {
  url: string;
  outDir: string;
  server: PreviewServer;
  /** The manifest at the zip's root, as text. */
  manifest: string;
}

export async function packageAndServe(
  format: 'scorm12' | 'scorm2004' | 'cmi5',
): Promise<ServedPackage> {
  const outDir = mkdtempSync(join(tmpdir(), `casebook-${format}-`));
  const zip = join(outDir, 'course.zip');
  const io: Io = { cwd: ROOT, out: () => undefined, err: (t) => console.error(t) };
  const code = await runPackage(['scenarios', '--format', format, '--out', zip], io);
  if (code !== 0) throw new Error(`npm run package exited ${code} for ${format}.`);
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true });
    writeFileSync(join(outDir, name), bytes);
  }
  rmSync(zip);
  const manifest = readFileSync(
    join(outDir, format === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml'),
    'utf8',
  );
  return { ...(await serveFolder(outDir)), outDir, manifest };
}
