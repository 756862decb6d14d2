/**
 * `npm run insight` end to end: spawned as `npx tsx src/cli/insight-main.ts …` against the
 * real test LRS and against the committed export fixture (text, --json, --csv), and from a
 * folder of progress files; then, in-process, every usage mistake (exit 2), every source
 * that cannot be read (exit 1), and the report's defences against hostile text.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, insightCsv, insightText } from '../../src/cli/insight-report';
import { readInsightArgs, runInsight } from '../../src/cli/insight';
import type { Io } from '../../src/cli/io';
import { createFold } from '../../src/insight/fold';
import { KEY, SECRET, startLrs, type Lrs } from '../e2e/lrs';
import { ROOT, rootPath } from '../support/paths';
import { baseCohort, runStatements } from './cohort';
import { progressFile } from './progress-files';

const FIXTURE = 'tests/fixtures/insight/export.json';

function insight(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'src/cli/insight-main.ts', ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function captured(): Io & { text: () => { out: string; err: string } } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd: ROOT,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    text: () => ({ out: out.join('\n'), err: err.join('\n') }),
  };
}

/** The fixture folded in-process: what every rendering of it must say. */
const expected = (() => {
  const fold = createFold({});
  for (const s of JSON.parse(readFileSync(rootPath(FIXTURE), 'utf8')) as unknown[]) fold.add(s);
  return fold.result();
})();

describe('npm run insight on the export fixture (spawned)', () => {
  it('prints the text report, with progress on stderr', async () => {
    const { code, stdout, stderr } = await insight(['--file', FIXTURE]);
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(`${insightText(expected)}\n`);
    expect(stdout).toContain('12 learners, 12 runs started, 12 completed, median time 2 min 35 s');
    expect(stdout).toContain('58%  Ask what happened [leadership, effective]');
    expect(stdout).not.toMatch(/mailto|Learner l/);
    expect(stderr).toContain(`Read 72 statements from ${FIXTURE}.`);
  });

  it('--json is the CohortInsight; --csv one row per scenario, decision and choice', async () => {
    const json = await insight(['--file', FIXTURE, '--json', '--scenario', 'missed-deadline']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      ...expected,
      filter: { scenario: 'missed-deadline' },
    });
    const csv = await insight(['--file', FIXTURE, '--csv']);
    expect(csv.code).toBe(0);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toBe(
      'scenario,scenario_title,decision,decision_title,decision_learners,event,label,tag,reading,learners,share,rare',
    );
    expect(rows[1]).toBe(
      'missed-deadline,missed-deadline,deadline,The missed deadline,12,ASK,Ask what happened,leadership,effective,7,0.5833,false',
    );
    expect(rows[3]).toBe(
      'missed-deadline,missed-deadline,deadline,The missed deadline,12,IGNORE,Say nothing,,,0,0,true',
    );
  });
});

describe('npm run insight against the real LRS (spawned)', () => {
  let lrs: Lrs;
  beforeAll(async () => {
    lrs = await startLrs();
    await lrs.post(baseCohort().flatMap(runStatements));
  });
  afterAll(() => lrs?.close());

  it('reads every page and prints the same numbers as the statements folded here', async () => {
    const { code, stdout, stderr } = await insight([
      '--lrs',
      lrs.endpoint,
      '--key',
      KEY,
      '--secret',
      SECRET,
      '--json',
      '--group',
      'https://example.org/xapi/extensions/team=north',
    ]);
    expect(code, stderr).toBe(0);
    const read = JSON.parse(stdout);
    expect(read.learners).toBe(6);
    expect(read.scenarios[0]).toMatchObject({
      learners: 6,
      starts: 6,
      completions: 6,
      outcomes: { strong: 3, mixed: 0, weak: 3 },
    });
    expect(read.statements).toEqual({ read: 48, used: 24, skipped: 0, filtered: 24 });
    expect(stderr).toMatch(/^Read 24 statements \(1 page\)…$/m);
    expect(stderr).toContain('Read 48 statements from the LRS.');
    expect(stdout + stderr).not.toContain(SECRET);
  });

  it('takes the secret from CASEBOOK_LRS_SECRET, and says a wrong one is refused (exit 1)', async () => {
    const ok = await insight(['--lrs', lrs.endpoint, '--key', KEY], {
      CASEBOOK_LRS_SECRET: SECRET,
    });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Cohort insight: 12 learners');
    const wrong = await insight(['--lrs', lrs.endpoint, '--key', KEY, '--secret', 'not-it-9']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /^The LRS answered 40\d to http:\/\/127\.0\.0\.1:\d+\/xAPI\/statements\?verb=/m,
    );
    expect(wrong.stderr).not.toContain('not-it-9');
    expect(wrong.stdout).toBe('');
  });
});

describe('npm run insight on a folder of progress files', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'casebook-insight-'));
    mkdirSync(join(folder, 'not-a-file.json'));
    for (let i = 0; i < 5; i++)
      writeFileSync(
        join(folder, `learner-${i}.json`),
        progressFile([{ seed: i + 1, start: new Date('2026-05-04T09:00:00Z') }]),
      );
    writeFileSync(join(folder, 'notes.json'), '{"not":"progress"}');
    writeFileSync(join(folder, 'readme.txt'), 'ignored');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('replays each file on the course and reports the cohort', async () => {
    const io = captured();
    expect(await runInsight(['--progress', folder, '--course', 'scenarios', '--json'], io)).toBe(0);
    const { out, err } = io.text();
    const read = JSON.parse(out);
    expect(read.learners).toBe(5);
    expect(read.scenarios[0]).toMatchObject({
      id: 'missed-deadline',
      activity: 'urn:casebook:course:scenarios:au:missed-deadline',
      starts: 5,
      completions: 5,
    });
    expect(err).toContain('notes.json: not used (import-invalid).');
    expect(err).toContain('Read 6 progress files.');
  });
});

describe('usage and read errors', () => {
  const mistakes: [string[], RegExp][] = [
    [[], /^Say where the statements are/],
    [['--file', 'a.json', '--lrs', 'https://x/'], /^Give one source, not --lrs and --file\./],
    [['--lrs', 'https://x/'], /^--lrs needs --key and --secret/],
    [['--progress', 'p'], /^--progress needs --course/],
    [['--file', 'a', '--json', '--csv'], /^Choose --json or --csv/],
    [['--file', 'a', '--since', 'last week'], /^--since last week is not a date/],
    [['--file', 'a', '--group', 'team'], /^--group team is not KEY=VALUE/],
    [['--file', 'a', '--colour'], /^Unknown option --colour\./],
    [['--file'], /^--file needs an LRS export file/],
  ];

  it.each(mistakes)('%j is a usage mistake (exit 2)', async (args, message) => {
    const io = captured();
    expect(await runInsight(args, io)).toBe(2);
    expect(io.text().err).toMatch(message);
    expect(io.text().err).toContain('Usage: npm run insight');
  });

  it('reads the filters into the InsightFilter', () => {
    expect(
      readInsightArgs([
        '--file',
        'a',
        '--since',
        '2026-01-01',
        '--until',
        '2026-06-30T12:00:00Z',
        '--scenario',
        's',
        '--group',
        'registration=r=1',
      ]),
    ).toEqual({
      source: { kind: 'file', path: 'a' },
      format: 'text',
      filter: {
        scenario: 's',
        since: '2026-01-01T00:00:00.000Z',
        until: '2026-06-30T12:00:00.000Z',
        group: { key: 'registration', value: 'r=1' },
      },
    });
  });

  it('a file that is missing or not an export, and an LRS not there (exit 1)', async () => {
    const missing = captured();
    expect(await runInsight(['--file', 'no/such.json'], missing)).toBe(1);
    expect(missing.text().err).toBe('Cannot read no/such.json: no such file, or not readable.');
    const notExport = captured();
    expect(await runInsight(['--file', 'package.json'], notExport)).toBe(1);
    expect(notExport.text().err).toMatch(/^package\.json is not an LRS export/);
    const csv = captured();
    expect(await runInsight(['--file', 'README.md'], csv)).toBe(1);
    expect(csv.text().err).toMatch(/^README\.md is not an LRS export/);
    const nowhere = captured();
    expect(
      await runInsight(
        ['--lrs', 'http://127.0.0.1:9/xAPI/', '--key', 'k', '--secret', 's'],
        nowhere,
      ),
    ).toBe(1);
    expect(nowhere.text().err).toMatch(
      /^The LRS at http:\/\/127\.0\.0\.1:9\/xAPI\/statements\?verb=\S+ could not be reached/,
    );
  });
});

describe('hostile text in the report', () => {
  it('cannot reach the terminal as control characters, nor a spreadsheet as a formula', () => {
    const fold = createFold({});
    const hostileLabel = '=HYPERLINK("http://evil")\u001b[2J\r\n\u202eevil';
    for (const spec of baseCohort())
      for (const s of runStatements(spec)) {
        const ext = (s.result?.extensions ?? {}) as Record<string, unknown>;
        if ('https://casebook.dev/xapi/extensions/label' in ext)
          ext['https://casebook.dev/xapi/extensions/label'] = hostileLabel;
        fold.add(s);
      }
    const result = fold.result();
    const text = insightText(result);
    // eslint-disable-next-line no-control-regex -- checking none is left
    expect(text.split('\n').filter((l) => /[\u0000-\u0009\u000b-\u001f\u202e]/.test(l))).toEqual(
      [],
    );
    expect(text).toContain('=HYPERLINK("http://evil") [2J   evil');
    const csv = insightCsv(result);
    expect(csv).toContain(`,"'${hostileLabel.replace(/"/g, '""')}",`);
  });

  it('hides a suppressed decision in the CSV and the text, with its count', () => {
    const fold = createFold({});
    const escalating = Array.from({ length: 4 }, (_, i) => ({
      learner: `e${i}`,
      road: 'escalate' as const,
      start: new Date('2026-04-01T09:00:00Z'),
    }));
    for (const spec of [...baseCohort(), ...escalating])
      for (const s of runStatements(spec)) fold.add(s);
    const result = fold.result();
    expect(insightCsv(result).split('\r\n')).toContain(
      'missed-deadline,missed-deadline,escalation,The escalation,,,,,,suppressed (fewer than 5 learners),,',
    );
    expect(insightText(result)).toContain(
      '    2. The escalation: suppressed (fewer than 5 learners)\n',
    );
  });

  it('quotes CSV cells as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(true)).toBe('true');
  });
});
