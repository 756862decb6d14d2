/** The sync planner (src/check/sync.ts) and `scenario sync` run in-process on a temp copy of a fixture. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSync } from '../../src/check';
import { runScenario } from '../../src/cli/scenario';
import type { Io } from '../../src/cli/io';
import { ROOT } from '../support/paths';

const MD = `---
title: T
---

Briefing.

## opening: Start

Text.

### GO

Go on.

Coaching.

## orphan: Only in the markdown

Words.

### EXTRA

Label.

Coaching.
`;
const JSON_TEXT = `{
  "id": "t",
  "initial": "opening",
  "states": {
    "opening": { "on": { "GO": "end", "WAIT": "end" } },
    "end": { "type": "final", "meta": { "outcome": "weak" } }
  }
}
`;

/** Every line of `before`, in order, is still in `after`: nothing deleted or rewritten. */
function keepsEveryLine(before: string, after: string): boolean {
  const rest = after.split('\n');
  let at = 0;
  for (const line of before.split('\n')) {
    at = rest.indexOf(line, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

describe('planSync', () => {
  const plan = planSync(MD, JSON_TEXT);
  if (!plan.ok) throw new Error('plan failed');

  it('adds a ## stub for a state without a section, saying an ending is one', () => {
    expect(plan.md).toMatch(/## end\n\nTODO \(sync\): this is an ending/);
  });
  it('adds a ### stub at the end of the section for an event without one', () => {
    const opening = plan.md.slice(plan.md.indexOf('## opening'), plan.md.indexOf('## orphan'));
    expect(
      opening
        .trimEnd()
        .endsWith('the coaching note: what this move signals and why it helps or hurts.'),
    ).toBe(true);
    expect(opening).toContain('### WAIT');
  });
  it('adds a state for a ## heading and an on entry with a target to choose for a ###', () => {
    const machine = JSON.parse(plan.json);
    expect(machine.states.orphan).toEqual({ on: { EXTRA: { target: 'CHOOSE-A-TARGET' } } });
  });
  it('never deletes or rewrites: every old line is still there, in order', () => {
    expect(keepsEveryLine(MD, plan.md)).toBe(true);
    // JSON may gain a comma after the author's last state, nothing else.
    const noCommas = (text: string) => text.replace(/,$/gm, '');
    expect(keepsEveryLine(noCommas(JSON_TEXT), noCommas(plan.json))).toBe(true);
  });
  it('says where each addition is', () => {
    expect(plan.added.map((a) => `${a.file}:${a.line} ${a.what}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^scenario\.md:\d+ ### WAIT/),
        expect.stringMatching(/^scenario\.md:\d+ ## end/),
        expect.stringMatching(/^machine\.json:\d+ state "orphan"/),
      ]),
    );
  });
  it('is idempotent: a second run adds nothing', () => {
    const again = planSync(plan.md, plan.json);
    expect(again.ok && again.added).toEqual([]);
  });
  it('stubs TIME_UP for a scene with after, and only reports a TIME_UP without after', () => {
    const timed = JSON_TEXT.replace(
      '"WAIT": "end" }',
      '"WAIT": "end" }, "after": { "5000": "end" }',
    );
    const withTimer = planSync(MD, timed);
    expect(withTimer.ok && withTimer.md).toContain('### TIME_UP');
    const md = MD.replace('### GO', '### TIME_UP\n\nLet it run out.\n\nCoaching.\n\n### GO');
    const without = planSync(md, JSON_TEXT);
    expect(without.ok && without.notes.join()).toMatch(/TIME_UP.*no "after"/);
    expect(without.ok && JSON.parse(without.json).states.opening.on.TIME_UP).toBeUndefined();
  });
  it('refuses a machine.json that does not parse, saying where', () => {
    expect(planSync(MD, '{\n  "id": "t",\n  oops\n}')).toMatchObject({
      ok: false,
      file: 'machine.json',
      line: 3,
    });
  });
});

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: Io = { cwd, out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io: value, out, err };
}

describe('npm run scenario -- sync', () => {
  const copy = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'sync-')), 'missed-deadline');
    cpSync(join(ROOT, 'scenarios', 'missed-deadline'), dir, { recursive: true });
    return dir;
  };
  it('says "Nothing to add" on a bundled scenario and writes nothing', () => {
    const dir = copy();
    const before = readFileSync(join(dir, 'machine.json'), 'utf8');
    const run = io(dir);
    expect(runScenario(['sync', '.'], run.io)).toBe(0);
    expect(run.out.join('\n')).toContain('Nothing to add');
    expect(readFileSync(join(dir, 'machine.json'), 'utf8')).toBe(before);
  });
  it('writes the missing section, prints file:line, and --dry-run writes nothing', () => {
    const dir = copy();
    const md = readFileSync(join(dir, 'scenario.md'), 'utf8');
    const cut = md.slice(0, md.lastIndexOf('\n## ') + 1);
    writeFileSync(join(dir, 'scenario.md'), cut);
    const dry = io(dir);
    expect(runScenario(['sync', '.', '--dry-run'], dry.io)).toBe(0);
    expect(dry.out[0]).toMatch(/^scenario\.md:\d+: would add ## /);
    expect(readFileSync(join(dir, 'scenario.md'), 'utf8')).toBe(cut);
    const real = io(dir);
    expect(runScenario(['sync', '.'], real.io)).toBe(0);
    expect(real.out[0]).toMatch(/^scenario\.md:\d+: added ## /);
    expect(readFileSync(join(dir, 'scenario.md'), 'utf8').startsWith(cut)).toBe(true);
  });
  it('exits non-zero on a folder it cannot read and on a broken machine.json', () => {
    const dir = copy();
    expect(runScenario(['sync', 'no-such-folder'], io(dir).io)).toBe(2);
    writeFileSync(join(dir, 'machine.json'), '{ "id": ');
    const run = io(dir);
    expect(runScenario(['sync', '.'], run.io)).toBe(1);
    expect(run.err.join()).toMatch(/machine\.json:1: .*nothing was written/);
  });
});
