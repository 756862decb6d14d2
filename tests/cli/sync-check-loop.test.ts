/**
 * The loop an author goes round with `sync` and `check` (format v1.1, "one source of
 * truth"): a `###` choice written in scenario.md that machine.json lacks; `sync` adds its
 * `on` entry with a target still to choose and says where; `check` reports that target
 * at the same file:line until the author picks a state; then `check` is clean. Sync only
 * adds: every line the author wrote is still there, and a second run changes nothing.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check';
import type { Io } from '../../src/cli/io';
import { runScenario } from '../../src/cli/scenario';
import { ROOT } from '../support/paths';

function capture(cwd: string) {
  const lines: string[] = [];
  const io: Io = { cwd, out: (t) => lines.push(t), err: (t) => lines.push(t) };
  return { io, text: () => lines.join('\n') };
}

/** Every line of `before`, in order, is still in `after`. */
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

const NEW_CHOICE = `### ASK_FOR_A_DAY

Ask Adaeze for a day to think it over before you decide anything.

Taking a day can look careful, but it leaves her without an answer when she needs one.

`;

describe('sync, then check, then the author chooses', () => {
  it('goes from a missing on entry to a clean check, reported at one file:line', () => {
    const course = mkdtempSync(join(tmpdir(), 'casebook-loop-'));
    cpSync(join(ROOT, 'scenarios', 'behaviours.json'), join(course, 'behaviours.json'));
    const dir = join(course, 'missed-deadline');
    mkdirSync(dir);
    cpSync(join(ROOT, 'scenarios', 'missed-deadline'), dir, { recursive: true });
    // Without its German translation, which would (rightly) warn that it lacks the new choice.
    for (const f of readdirSync(dir)) if (/^scenario\.[a-z-]+\.md$/i.test(f)) rmSync(join(dir, f));
    const mdPath = join(dir, 'scenario.md');
    const jsonPath = join(dir, 'machine.json');
    const original = readFileSync(mdPath, 'utf8');
    // The author writes a new choice into the opening scene, before its first one.
    const md = original.replace('### ASK_WHAT_CHANGED', `${NEW_CHOICE}### ASK_WHAT_CHANGED`);
    writeFileSync(mdPath, md);
    const json = readFileSync(jsonPath, 'utf8');

    const sync = capture(course);
    expect(runScenario(['sync', 'missed-deadline'], sync.io)).toBe(0);
    const added =
      /^missed-deadline\/machine\.json:(\d+): added "ASK_FOR_A_DAY" in "opening", target "CHOOSE-A-TARGET": choose where it leads$/m.exec(
        sync.text(),
      );
    expect(added, sync.text()).not.toBeNull();
    const line = Number(added?.[1]);
    const synced = readFileSync(jsonPath, 'utf8');
    expect(synced.split('\n')[line - 1]).toContain('"CHOOSE-A-TARGET"');
    // Nothing the author wrote was deleted or rewritten (JSON may gain a comma, no more).
    expect(readFileSync(mdPath, 'utf8')).toBe(md);
    const noCommas = (text: string) => text.replace(/,$/gm, '');
    expect(keepsEveryLine(noCommas(json), noCommas(synced))).toBe(true);

    // Run twice: the second sync finds the two files in step and writes nothing.
    const again = capture(course);
    expect(runScenario(['sync', 'missed-deadline'], again.io)).toBe(0);
    expect(again.text()).toContain('Nothing to add: the two files are in step.');
    expect(readFileSync(jsonPath, 'utf8')).toBe(synced);
    expect(readFileSync(mdPath, 'utf8')).toBe(md);

    // The check stops at the target still to choose, at the line sync named.
    const check = capture(course);
    expect(runCheck(['missed-deadline'], check.io)).toBe(1);
    const reported = check
      .text()
      .split('\n')
      .filter((l) => l.includes('CB220'));
    expect(reported, check.text()).toHaveLength(1);
    expect(reported[0]).toMatch(new RegExp(`missed-deadline/machine\\.json:${line}:\\d+`));
    expect(reported[0]).toContain('Choose where ASK_FOR_A_DAY leads');

    // The author chooses the state (and tags the choice, as every choice is tagged).
    writeFileSync(
      jsonPath,
      synced.replace(
        '"target": "CHOOSE-A-TARGET"',
        '"target": "soft-landing", "meta": { "behaviours": ["avoids-the-hard-conversation"] }',
      ),
    );
    const clean = capture(course);
    expect(runCheck(['missed-deadline'], clean.io), clean.text()).toBe(0);
    expect(clean.text()).not.toMatch(/: (error|warning):/);
  });
});
