// `npm run package`'s arguments: what it needs, and the words for each mistake (exit 2).
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io';
import { readPackageArgs, runPackage } from '../../src/cli/package';
import { ROOT } from '../support/paths';

describe('package arguments', () => {
  it('reads a course, a format, a file and an optional scenario', () => {
    expect(readPackageArgs(['scenarios', '--format', 'cmi5', '--out', 'c.zip'])).toEqual({
      folder: 'scenarios',
      format: 'cmi5',
      out: 'c.zip',
    });
    expect(
      readPackageArgs([
        'scenarios',
        '--scenario',
        'missed-deadline',
        '--format=html',
        '--out=x.html',
      ]),
    ).toEqual({ folder: 'scenarios', scenario: 'missed-deadline', format: 'html', out: 'x.html' });
  });

  it.each([
    [['--format', 'html', '--out', 'x'], 'Give the course folder to package, e.g. scenarios.'],
    [['a', 'b', '--format', 'html', '--out', 'x'], 'Give one course folder, not 2 (a, b).'],
    [['scenarios', '--out', 'x'], '--format is needed: scorm12, scorm2004, cmi5, html.'],
    [
      ['scenarios', '--format', 'aicc', '--out', 'x'],
      '--format aicc is not a format; use one of scorm12, scorm2004, cmi5, html.',
    ],
    [
      ['scenarios', '--format', 'html'],
      '--out is needed: the file to write, e.g. --out course.zip.',
    ],
    [['scenarios', '--format'], '--format needs a format: scorm12, scorm2004, cmi5, html.'],
    [['scenarios', '--zip'], 'Unknown option --zip.'],
  ])('%j: %s', (args, mistake) => {
    expect(readPackageArgs(args)).toEqual({ mistake });
  });

  it('exits 2 with the usage for a mistake, a missing folder or an unknown scenario', async () => {
    const run = async (args: string[]) => {
      const err: string[] = [];
      const io: Io = { cwd: ROOT, out: () => undefined, err: (t) => err.push(t) };
      return { code: await runPackage(args, io), err: err.join('\n') };
    };
    expect(await run(['scenarios', '--format', 'zip', '--out', 'x'])).toMatchObject({ code: 2 });
    expect((await run(['nowhere', '--format', 'html', '--out', 'x'])).code).toBe(2);
    const unknown = await run([
      'scenarios',
      '--scenario',
      'nope',
      '--format',
      'html',
      '--out',
      'x',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      '--scenario nope: the course has no such scenario (it has ai-adoption-under-fear,',
    );
    expect(unknown.err).toContain('Usage: npm run package');
  });
});
