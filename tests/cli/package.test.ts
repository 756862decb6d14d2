/**
 * `npm run package` end to end, as an admin runs it: the bundled course built once per
 * format (and one `--scenario` build, and a course with a delivery.json), each file
 * checked as an LMS reads it. A zip holds its manifest at the root beside index.html,
 * every file the page and the manifest name is in it, by a relative path; the one HTML
 * file names no other file and its policy's hashes are those of its inline code.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io';
import { runPackage } from '../../src/cli/package';
import { DEFAULT_SCORE_RULE } from '../../src/delivery';
import { ROOT } from '../support/paths';
import { parseManifest, type ManifestNode } from '../support/manifest-xml';

const out = mkdtempSync(join(tmpdir(), 'casebook-package-test-'));
const printed = new Map<string, string[]>();
const SCENARIOS = [
  'ai-adoption-under-fear',
  'aligning-without-authority',
  'budget-cut-under-pressure',
  'conflict-in-the-team',
  'first-week-of-delegating',
  'leading-a-restructure',
  'meeting-without-discipline',
  'missed-deadline',
  'project-slipping',
];

async function pack(name: string, args: string[]): Promise<number> {
  const lines: string[] = [];
  const io: Io = { cwd: ROOT, out: (t) => lines.push(t), err: (t) => lines.push(t) };
  const code = await runPackage([...args, '--out', join(out, name)], io);
  printed.set(name, lines);
  return code;
}

const zip = (name: string) => unzipSync(readFileSync(join(out, name)));
const text = (files: Record<string, Uint8Array>, path: string) =>
  new TextDecoder().decode(files[path]);

beforeAll(async () => {
  // One build per format: each takes seconds, so they are shared by the tests below.
  expect(await pack('scorm12.zip', ['scenarios', '--format', 'scorm12'])).toBe(0);
  expect(await pack('scorm2004.zip', ['scenarios', '--format', 'scorm2004'])).toBe(0);
  expect(await pack('cmi5.zip', ['scenarios', '--format', 'cmi5'])).toBe(0);
  expect(
    await pack('one.html', ['scenarios', '--scenario', 'missed-deadline', '--format', 'html']),
  ).toBe(0);
  expect(await pack('valid.zip', ['tests/fixtures/check/delivery-valid', '--format', 'cmi5'])).toBe(
    0,
  );
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every file the page loads, by the relative path it names it. */
function pageFiles(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
}

describe.each([
  ['scorm12.zip', 'imsmanifest.xml'],
  ['scorm2004.zip', 'imsmanifest.xml'],
  ['cmi5.zip', 'cmi5.xml'],
])('%s', (name, manifest) => {
  it('holds the manifest and index.html at the root, and every file the page names', () => {
    const files = zip(name);
    expect(Object.keys(files)).toContain(manifest);
    expect(Object.keys(files)).toContain('index.html');
    expect(Object.keys(files).some((f) => f.endsWith('.map'))).toBe(false);
    const html = text(files, 'index.html');
    const named = pageFiles(html);
    expect(named.length).toBeGreaterThan(2);
    for (const path of named) {
      expect(path).toMatch(/^\.\//);
      expect(Object.keys(files)).toContain(path.slice(2));
    }
    // A scenario's chunk, its images and the lazily loaded pages are in the zip too.
    expect(Object.keys(files).some((f) => /^assets\/.+\.(svg|png|webp|jpe?g)$/.test(f))).toBe(true);
    expect(printed.get(name)?.at(-1)).toMatch(new RegExp(`^Wrote .+${name}: .+ of 9 scenarios`));
  });

  it('launches each scenario from the manifest, and lists only files the zip holds', () => {
    const files = zip(name);
    const xml = parseManifest(text(files, manifest));
    if (manifest === 'cmi5.xml') {
      const aus = (xml.courseStructure as ManifestNode).au as ManifestNode[];
      expect(aus.map((au) => au.url)).toEqual(SCENARIOS.map((id) => `index.html?scenario=${id}`));
      expect(aus.map((au) => au['@masteryScore'])).toEqual(
        SCENARIOS.map(() => String(DEFAULT_SCORE_RULE.passScore / 100)),
      );
      return;
    }
    const resources = ((xml.manifest as ManifestNode).resources as ManifestNode)
      .resource as ManifestNode[];
    const scos = resources.filter((r) => r['@identifier'] !== 'app');
    expect(scos.map((r) => r['@href'])).toEqual(SCENARIOS.map((id) => `index.html?scenario=${id}`));
    const listed = resources.flatMap((r) => (r.file as ManifestNode[]).map((f) => f['@href']));
    for (const path of listed) expect(Object.keys(files)).toContain(path);
    expect(listed).toContain('index.html');
    const items = ((xml.manifest as ManifestNode).organizations as ManifestNode)
      .organization as ManifestNode;
    if (name === 'scorm12.zip')
      expect((items.item as ManifestNode[])[0]?.['adlcp:masteryscore']).toBe(
        String(DEFAULT_SCORE_RULE.passScore),
      );
  });
});

describe('the one HTML file (--scenario missed-deadline --format html)', () => {
  const html = () => readFileSync(join(out, 'one.html'), 'utf8');

  it('names no other file: scripts, styles, the icon and images are inline', () => {
    const page = html();
    for (const path of pageFiles(page)) expect(path).toMatch(/^(data:|#|`)/);
    expect(page).not.toMatch(/<script[^>]+src=/);
    expect(page).not.toMatch(/<link[^>]+rel="(stylesheet|modulepreload)"/);
    expect(page).toContain('data:image/svg+xml;base64,');
    // Only the one scenario is in it.
    expect(page).toContain('The Missed Deadline');
    expect(page).not.toContain('Three Directors and a Board Date');
  });

  it("allows exactly its inline scripts and styles by hash, and no 'unsafe-inline' or eval", () => {
    const page = html();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
    expect(policy).toBeDefined();
    const directive = (name: string) =>
      policy
        ?.split('; ')
        .find((d) => d.startsWith(`${name} `))
        ?.split(' ')
        .slice(1);
    const hashes = (tag: string) =>
      [...page.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
        (m) =>
          `'sha256-${createHash('sha256')
            .update(m[1] ?? '')
            .digest('base64')}'`,
      );
    expect(directive('script-src')).toEqual(hashes('script'));
    expect(directive('style-src')).toEqual(hashes('style'));
    expect(directive('img-src')).toEqual(["'self'", 'data:']);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });
});

describe('a course with a delivery.json', () => {
  it("builds its pass mark and moveOn into cmi5.xml, under the course folder's name", () => {
    const files = zip('valid.zip');
    const xml = parseManifest(text(files, 'cmi5.xml'));
    const structure = xml.courseStructure as ManifestNode;
    expect((structure.course as ManifestNode)['@id']).toBe('urn:casebook:course:delivery-valid');
    const [au] = structure.au as ManifestNode[];
    expect(au?.['@masteryScore']).toBe('0.7');
    expect(au?.['@moveOn']).toBe('Completed');
  });

  it('is not packaged while delivery.json has an error, and says where (exit 1)', async () => {
    const course = 'tests/fixtures/check/cb902-delivery-score-out-of-range';
    expect(await pack('bad.zip', [course, '--format', 'scorm12'])).toBe(1);
    const lines = printed.get('bad.zip')?.join('\n') ?? '';
    expect(lines).toContain(`${course}/delivery.json:2:39: error:`);
    expect(lines).toContain('[CB902]');
    expect(lines).toContain('Fix the errors above, then package again.');
  });
});
