/**
 * Every command README.md, docs/authoring.md and docs/delivery.md tell a reader to paste is run, as
 * written, in a scratch copy of the project, in document order (each document in its
 * own fresh copy: README is a reference, the tutorial starts from a clean checkout), and
 * checked against what the reader should see: its exit code and its first lines.
 * A command in a shell block of those files that is neither in EXPECTED nor in
 * EXCLUDED fails the test, so a command added to the docs later cannot go untested.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docCommands } from './doc-commands';
import { createScratchProject, type ScratchProject, type Server } from './scratch-project';
import { ROOT, rootPath } from '../support/paths';

const DOCS = ['README.md', 'docs/authoring.md', 'docs/delivery.md'];

/** Each output line is compared trimmed, without blank lines or npm's "> casebook@… script" banner. */
type Line = string | RegExp;

interface Finishes {
  exit: number;
  /** The first lines of output, in order. */
  first: Line[];
  /** Lines that come somewhere after those, in order. */
  later?: Line[];
}

/** A server: it must print its 127.0.0.1 address and serve the app there; then it is stopped. */
interface Serves {
  serves: true;
  first: Line[];
}

const CHECKED_CLEAN = /^Checked \d+ scenarios: no problems found\.$/;
const VITE_BUILD: Finishes = {
  exit: 0,
  first: [/^vite v\S+ building client environment for production\.\.\.$/],
  later: [/^✓ built in [\d.]+m?s$/],
};
const LOCAL = /^➜ +Local: +http:\/\/127\.0\.0\.1:\d+\/$/;

/** `npm run package`'s last line: the file it wrote, what it is, and its size. */
const wrote = (file: string, what: string, scenarios = '9 scenarios'): Finishes => ({
  exit: 0,
  first: [
    new RegExp(
      `^Wrote ${file.replace(/\./g, '\\.')}: ${what} of ${scenarios} \\([\\d,]+ KB\\)\\.$`,
    ),
  ],
});

/** The command exactly as the docs show it (without its comment) → what the reader should see. */
const EXPECTED: Record<string, Finishes | Serves> = {
  'npm run package -- scenarios --format scorm12 --out packages/course-scorm12.zip': wrote(
    'packages/course-scorm12.zip',
    'a SCORM 1.2 package',
  ),
  'npm run package -- scenarios --format scorm2004 --out packages/course-scorm2004.zip': wrote(
    'packages/course-scorm2004.zip',
    'a SCORM 2004 4th Edition package',
  ),
  'npm run package -- scenarios --format cmi5 --out packages/course-cmi5.zip': wrote(
    'packages/course-cmi5.zip',
    'a cmi5 package',
  ),
  'npm run package -- scenarios --scenario missed-deadline --format html --out missed-deadline.html':
    wrote('missed-deadline.html', 'one HTML file', '1 scenario'),
  'npm run package -- /path/to/your/course --format scorm12 --out my-course.zip': wrote(
    'my-course.zip',
    'a SCORM 1.2 package',
  ),
  'npm run check -- /path/to/your/course': { exit: 0, first: [CHECKED_CLEAN] },
  'npm install && npm run dev': { serves: true, first: [/^up to date\b/] },
  'npm run dev': { serves: true, first: [/^VITE v\S+ +ready in \d+ ms$/, LOCAL] },
  'npm run build': VITE_BUILD,
  'CASEBOOK_SCENARIOS=/path/to/course npm run build': VITE_BUILD,
  'CASEBOOK_SCENARIOS=/path/to/your/course npm run build': VITE_BUILD,
  'npm run preview': { serves: true, first: [LOCAL] },
  'npm run scenario -- new first-delegation': {
    exit: 0,
    first: [
      'Created scenarios/first-delegation/scenario.md and scenarios/first-delegation/machine.json.',
      'Next: write your scenes, then run "npm run check -- scenarios/first-delegation".',
    ],
  },
  'npm run check': { exit: 0, first: [CHECKED_CLEAN] },
  'npm run check -- scenarios/missed-deadline': {
    exit: 0,
    first: ['Checked 1 scenario: no problems found.'],
  },
  'npm run check -- --strict path/to/course': { exit: 0, first: [CHECKED_CLEAN] },
  'npm run check -- --json': { exit: 0, first: ['{', /^"scenarios": \d+,$/] },
  'npm run scenario -- stats scenarios/missed-deadline': {
    exit: 0,
    first: [
      'The Missed Deadline (missed-deadline)',
      /^Scenes: \d+ scenes, \d+ routers?, \d+ endings$/,
    ],
  },
  'npm run scenario -- graph scenarios/missed-deadline': {
    exit: 0,
    first: ['flowchart TD', 's0["opening: Tuesday morning"]'],
  },
  'npm run scenario -- sync scenarios/missed-deadline --dry-run': {
    exit: 0,
    first: ['Nothing to add: the two files are in step.'],
  },
  'npm run scenario -- graph scenarios/missed-deadline --format dot': {
    exit: 0,
    first: ['digraph "missed-deadline" {', 'rankdir=TB;'],
  },
  'npm run scenario -- translate scenarios/first-delegation --lang de': {
    exit: 0,
    first: [
      /^Wrote scenarios\/first-delegation\/scenario\.de\.md: added \d+ parts, 0 stale, 0 extra\.$/,
      'Next: translate the text under each "<!-- source: … -->" line, then run "npm run check -- scenarios/first-delegation".',
    ],
  },
  'npm run scenario -- translate scenarios/first-delegation --lang de --xliff first-delegation.de.xlf':
    {
      exit: 0,
      first: [
        /^Wrote first-delegation\.de\.xlf: \d+ units of first-delegation for de, 0 with a translation from scenarios\/first-delegation\/scenario\.de\.md\.$/,
        'Next: translate it in your tool, then run "npm run scenario -- translate scenarios/first-delegation --lang de --from-xliff first-delegation.de.xlf".',
      ],
    },
  'npm run scenario -- translate scenarios/first-delegation --lang de --from-xliff first-delegation.de.xlf':
    {
      exit: 0,
      first: [
        'Left scenarios/first-delegation/scenario.de.md: 0 units from first-delegation.de.xlf, all as it already was.',
        'Next: run "npm run check -- scenarios/first-delegation" to see what is stale or missing.',
      ],
    },
  'npm run check -- scenarios/first-delegation': {
    exit: 0,
    first: ['Checked 1 scenario: no problems found.'],
  },
  'npm run check -- --strict scenarios/first-delegation': {
    exit: 0,
    first: ['Checked 1 scenario: no problems found.'],
  },
  // docs/authoring.md says the scaffold has "six scenes, … a routing state and three endings".
  'npm run scenario -- stats scenarios/first-delegation': {
    exit: 0,
    first: ['First Delegation (first-delegation)', 'Scenes: 6 scenes, 1 router, 3 endings'],
  },
  'npm run scenario -- play scenarios/first-delegation --choose EXPLAIN_WHY,ASK_WHAT_THEY_NEED,AGREE_A_DATE,CHECK_PROGRESS,THANK_AND_CONFIRM':
    {
      exit: 0,
      first: ['# Debrief: First Delegation', /^\*\*Ending:\*\* .+ \(strong outcome\)$/],
    },
  'npm run scenario -- play scenarios/first-delegation --random 20': {
    exit: 0,
    first: [
      /^Run 1: [A-Z_, ]+ → outcome-\S+ \((strong|mixed|weak)\): .+\.$/,
      /^Run 2: [A-Z_, ]+ → outcome-\S+ \((strong|mixed|weak)\): .+\.$/,
    ],
  },
  'npm run scenario -- play scenarios/first-delegation --random 20 --json': {
    exit: 0,
    first: [
      /^\{"events":\["[A-Z_]+".*\],"ending":\{"id":"outcome-\S+","outcome":"(strong|mixed|weak)"\},"debrief":\{.+\}\}$/,
    ],
  },
  'npm run scenario -- graph scenarios/first-delegation': {
    exit: 0,
    first: ['flowchart TD', 's0["opening: The first minute"]'],
  },
};

/** Shown in the docs, deliberately not run here. */
const EXCLUDED: Record<string, string> = {
  'npm test': 'it is what CI runs, and this test is part of it: running it from here would recurse',
};

/**
 * The docs write a course the reader has as a placeholder path; here it is the scratch
 * copy of scenarios/ beside the project, so the command runs against a real course.
 * Everything else in a command is run exactly as written.
 */
const PLACEHOLDERS: Record<string, (project: ScratchProject) => string> = {
  '/path/to/course': (project) => project.course,
  '/path/to/your/course': (project) => project.course,
  'path/to/course': () => '../course',
};

function withCourse(command: string, project: ScratchProject): string {
  return command
    .split(' ')
    .map((word) => {
      const [assign, value] = /^([A-Z_]+=)?(.*)$/.exec(word)?.slice(1) ?? [];
      const place = PLACEHOLDERS[value ?? ''];
      return place ? `${assign ?? ''}${shellWord(place(project))}` : word;
    })
    .join(' ');
}

function shellWord(path: string): string {
  return /^[\w/.-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/**
 * npm's warning that `xapi-statements` (Learning Locker's statement service, the cmi5
 * browser tests' LRS, a devDependency) declares Node 6–8: it runs on ours, as those tests
 * show, so the warning is not part of what a command is documented to print.
 */
const LRS_ENGINE_WARNING = "npm warn EBADENGINE   package: 'xapi-statements@";

function withoutLrsEngineWarning(lines: string[]): string[] {
  const at = lines.findIndex((line) => line.startsWith(LRS_ENGINE_WARNING));
  if (at < 1 || lines[at - 1] !== 'npm warn EBADENGINE Unsupported engine {') return lines;
  const end = lines.indexOf('npm warn EBADENGINE }', at);
  return end < 0 ? lines : [...lines.slice(0, at - 1), ...lines.slice(end + 1)];
}

function outputLines(output: string): string[] {
  const lines = withoutLrsEngineWarning(
    output
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  return lines.filter(
    (line, i) =>
      !/^> \S+@\S+ \S+$/.test(line) && !(i > 0 && /^> \S+@\S+ \S+$/.test(lines[i - 1] ?? '')),
  );
}

function expectLine(actual: string | undefined, expected: Line, output: string): void {
  if (typeof expected === 'string') expect(actual, output).toBe(expected);
  else expect(actual, output).toMatch(expected);
}

function expectOutput(output: string, first: Line[], later: Line[] = []): void {
  const lines = outputLines(output);
  first.forEach((line, i) => expectLine(lines[i], line, output));
  let at = first.length;
  for (const line of later) {
    const found = lines.findIndex(
      (actual, i) => i >= at && (typeof line === 'string' ? actual === line : line.test(actual)),
    );
    expect(
      found,
      `expected a line ${String(line)} after line ${at} in:\n${output}`,
    ).toBeGreaterThan(-1);
    at = found + 1;
  }
}

/** The page the server answers with is Casebook's app, and the module script it loads is served. */
async function expectTheApp(server: Server): Promise<void> {
  const page = await fetchWhenUp(server);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('<title>Casebook</title>');
  expect(html).toContain('<div id="root"></div>');
  const script = /<script type="module"[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
  expect(script, html).toBeDefined();
  const module = await fetch(new URL(script as string, server.url));
  expect(module.status).toBe(200);
  expect(module.headers.get('content-type')).toMatch(/javascript/);
}

/** Poll the address it printed until it answers; give up only if the server has ended. */
async function fetchWhenUp(server: Server): Promise<Response> {
  for (;;) {
    try {
      return await fetch(server.url);
    } catch (error) {
      if (!server.running())
        throw new Error(`The server ended:\n${server.output()}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const documented = DOCS.map((doc) => ({
  doc,
  ...docCommands(readFileSync(rootPath(doc), 'utf8')),
}));

describe('the commands in the docs', () => {
  it('are each run below or excluded with a reason, and every entry is still in the docs', () => {
    const shown = new Set(documented.flatMap((d) => d.commands));
    const untested = [...shown].filter((c) => !(c in EXPECTED) && !(c in EXCLUDED));
    expect.soft(untested, 'add these to EXPECTED (or EXCLUDED, with why)').toEqual([]);
    const stale = [...Object.keys(EXPECTED), ...Object.keys(EXCLUDED)].filter((c) => !shown.has(c));
    expect.soft(stale, 'these are no longer in the docs: remove them').toEqual([]);
    const both = Object.keys(EXPECTED).filter((c) => c in EXCLUDED);
    expect.soft(both, 'a command is either run or excluded').toEqual([]);
  });

  it('are in labelled shell blocks, so none escapes this test', () => {
    expect(documented.flatMap((d) => d.unlabelled)).toEqual([]);
  });
});

for (const { doc, commands } of documented) {
  describe(`${doc}, in a fresh copy of the project`, () => {
    let project: ScratchProject;
    beforeAll(() => {
      project = createScratchProject(ROOT);
    }, 120_000);
    afterAll(async () => {
      await project.remove();
    }, 60_000);

    for (const command of commands.filter((c) => !(c in EXCLUDED))) {
      it(command, { timeout: 300_000 }, async () => {
        const expected = EXPECTED[command];
        if (!expected) throw new Error(`"${command}" has no entry in EXPECTED.`);
        const actual = withCourse(command, project);
        if ('serves' in expected) {
          const server = await project.serve(actual);
          try {
            await expectTheApp(server);
            expect(server.running(), server.output()).toBe(true);
            expectOutput(server.output(), expected.first);
          } finally {
            await server.stop();
          }
        } else {
          const { exit, output } = await project.run(actual);
          expect(exit, output).toBe(expected.exit);
          expectOutput(output, expected.first, expected.later);
        }
      });
    }
  });
}
