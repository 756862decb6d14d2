/**
 * docs/insight.md: every command it tells a reader to paste is run exactly as written (in
 * this checkout: the commands only read), checked against what the reader should see; the
 * only words replaced are its placeholders — the LRS address, key and secret become the
 * real test LRS's (holding a cohort), and the progress folder a folder of real exported
 * progress files. A command added to the page without an entry here fails the test. The
 * page also names every Casebook extension the reader reads.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASEBOOK_EXTENSIONS } from '../../src/delivery/cmi5/iris';
import { baseCohort, runStatements } from '../insight/cohort';
import { progressFile } from '../insight/progress-files';
import { KEY, SECRET, startLrs, type Lrs } from '../e2e/lrs';
import { ROOT, rootPath } from '../support/paths';
import { docCommands } from './doc-commands';

const doc = readFileSync(rootPath('docs/insight.md'), 'utf8');
const { commands, unlabelled } = docCommands(doc);

/** What the reader should see: the exit code, and lines of stdout in order (trimmed). */
const EXPECTED: Record<string, { exit: number; lines: (string | RegExp)[] }> = {
  'npm run insight -- --lrs https://lrs.example.org/xAPI/ --key YOUR_KEY --secret YOUR_SECRET --since 2026-01-01':
    {
      exit: 0,
      lines: ['Cohort insight: 12 learners', /^Filter: since 2026-01-01T00:00:00\.000Z$/],
    },
  'CASEBOOK_LRS_SECRET=YOUR_SECRET npm run insight -- --lrs https://lrs.example.org/xAPI/ --key YOUR_KEY --csv':
    {
      exit: 0,
      lines: [
        'scenario,scenario_title,decision,decision_title,decision_learners,event,label,tag,reading,learners,share,rare',
        'missed-deadline,missed-deadline,deadline,The missed deadline,12,ASK,Ask what happened,leadership,effective,7,0.5833,false',
      ],
    },
  'npm run insight -- --file tests/fixtures/insight/export.json': {
    exit: 0,
    lines: [
      'Cohort insight: 12 learners',
      'Scenario missed-deadline',
      '12 learners, 12 runs started, 12 completed, median time 2 min 35 s',
      'Endings: strong 6, mixed 1, weak 5',
      '1. The missed deadline (12 learners)',
      '58%  Ask what happened [leadership, effective]',
      '42%  Push for new dates [management, counterproductive]',
      '0%  Say nothing [not taken] (rare)',
    ],
  },
  'npm run insight -- --file tests/fixtures/insight/export.json --json --scenario missed-deadline':
    {
      exit: 0,
      lines: ['{', '"filter": {', '"scenario": "missed-deadline"'],
    },
  'npm run insight -- --file tests/fixtures/insight/export.json --group https://example.org/xapi/extensions/team=north':
    {
      exit: 0,
      lines: [
        'Cohort insight: 6 learners',
        'Filter: https://example.org/xapi/extensions/team = north',
        '6 learners, 6 runs started, 6 completed, median time 2 min 30 s',
      ],
    },
  'npm run insight -- --file tests/fixtures/insight/export.json --csv': {
    exit: 0,
    lines: [
      'scenario,scenario_title,decision,decision_title,decision_learners,event,label,tag,reading,learners,share,rare',
      'missed-deadline,missed-deadline,deadline,The missed deadline,12,ASK,Ask what happened,leadership,effective,7,0.5833,false',
      'missed-deadline,missed-deadline,deadline,The missed deadline,12,PUSH,Push for new dates,management,counterproductive,5,0.4167,false',
    ],
  },
  'npm run insight -- --progress path/to/progress-files --course scenarios': {
    exit: 0,
    lines: [
      'Cohort insight: 5 learners',
      /^Scenario missed-deadline: The Missed Deadline$/,
      /^5 learners, 5 runs started, 5 completed, median time \d+ min \d+ s$/,
    ],
  },
};

/** A reader's terminal: without what Vitest and `npm test` add to the environment. */
function terminalEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(VITEST.*|npm_.*|NODE_ENV|TEST|INIT_CWD)$/i.test(key),
    ),
  );
  env.PATH = (env.PATH ?? '')
    .split(delimiter)
    .filter((part) => !/node_modules[\\/]\.bin|node-gyp-bin/.test(part))
    .join(delimiter);
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false' };
}

function run(command: string): Promise<{ exit: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd: ROOT, env: terminalEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ exit: code ?? 1, stdout, stderr }));
  });
}

/** stdout's lines, trimmed, without blank lines and npm's "> casebook@… script" banner. */
function lines(stdout: string): string[] {
  const all = stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return all.filter(
    (l, i) => !/^> \S+@\S+ \S+$/.test(l) && !(i > 0 && /^> \S+@\S+ \S+$/.test(all[i - 1] ?? '')),
  );
}

let lrs: Lrs;
let progress: string;

beforeAll(async () => {
  lrs = await startLrs();
  await lrs.post(baseCohort().flatMap(runStatements));
  progress = mkdtempSync(join(tmpdir(), 'casebook-progress-files-'));
  for (let i = 0; i < 5; i++)
    writeFileSync(
      join(progress, `learner-${i}.json`),
      progressFile([{ seed: i + 1, start: new Date('2026-05-04T09:00:00Z') }]),
    );
}, 60_000);
afterAll(async () => {
  await lrs?.close();
  if (progress) rmSync(progress, { recursive: true, force: true });
});

/** The command with its placeholders replaced; everything else as written. */
function withPlaceholders(command: string): string {
  return command
    .replaceAll('https://lrs.example.org/xAPI/', lrs.endpoint)
    .replaceAll('YOUR_KEY', KEY)
    .replaceAll('YOUR_SECRET', SECRET)
    .replaceAll('path/to/progress-files', progress);
}

describe('docs/insight.md', () => {
  it('has an entry here for each command, and no entry for a command it no longer shows', () => {
    expect(commands.filter((c) => !(c in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((c) => !commands.includes(c))).toEqual([]);
    expect(unlabelled).toEqual([]);
  });

  it('names every Casebook extension the reader reads', () => {
    for (const iri of Object.values(CASEBOOK_EXTENSIONS)) expect(doc).toContain(`\`${iri}\``);
  });

  for (const command of commands)
    it(command, { timeout: 120_000 }, async () => {
      const expected = EXPECTED[command];
      if (!expected) throw new Error(`"${command}" has no entry in EXPECTED`);
      const { exit, stdout, stderr } = await run(withPlaceholders(command));
      expect(exit, stderr).toBe(expected.exit);
      const out = lines(stdout);
      let at = 0;
      for (const line of expected.lines) {
        const found = out.findIndex(
          (l, i) => i >= at && (typeof line === 'string' ? l === line : line.test(l)),
        );
        expect(found, `expected ${String(line)} after line ${at} of:\n${stdout}`).toBeGreaterThan(
          -1,
        );
        at = found + 1;
      }
      // npm echoes the script's arguments in its banner (why the page says to use the
      // environment); nothing Casebook prints holds the secret.
      expect([...out, stderr].join('\n')).not.toContain(SECRET);
    });
});
