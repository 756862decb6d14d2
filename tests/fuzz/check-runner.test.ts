/** The fuzz test's runner: a hang or a crash is an answer, the next case gets a fresh worker, and the stack size asked for is the one the worker has. */
import { afterEach, describe, expect, it } from 'vitest';
import { rootPath } from '../support/paths';
import { CheckRunner, STACKS } from './check-runner';
import { BUNDLED } from './fuzz-case';

const MISBEHAVING = rootPath('tests/fuzz/misbehaving-worker.ts');
const ask = (name: string) => new Map([[name, Buffer.from('')]]);
const runners: CheckRunner[] = [];
const runner = (options: ConstructorParameters<typeof CheckRunner>[0]) => {
  const made = new CheckRunner(options);
  runners.push(made);
  return made;
};
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

describe('CheckRunner', () => {
  it('answers a case that never ends as hung, and runs the next case in a fresh worker', async () => {
    const r = runner({ stack: STACKS[0]!, module: MISBEHAVING, deadlineMs: 2_000 });
    expect(await r.check(ask('hang'))).toEqual({ kind: 'hung', afterMs: 2_000 });
    expect((await r.check(ask('echo'))).kind).toBe('checked');
  }, 60_000);

  it('answers a case that ends its worker as crashed, and goes on', async () => {
    const r = runner({ stack: STACKS[0]!, module: MISBEHAVING });
    expect(await r.check(ask('exit'))).toEqual({
      kind: 'crashed',
      error: 'the worker exited with code 3',
    });
    expect((await r.check(ask('echo'))).kind).toBe('checked');
  }, 60_000);

  it('gives the worker the stack size asked for: a 1 MB stack is shallower than the default', async () => {
    const depthWith = async (stack: (typeof STACKS)[number]) => {
      const outcome = await runner({ stack, module: MISBEHAVING }).check(ask('depth'));
      return outcome.kind === 'checked' ? outcome.printed : 0;
    };
    const [byDefault, small] = [await depthWith(STACKS[0]!), await depthWith(STACKS[1]!)];
    expect(STACKS[1]!.stackSizeMb).toBe(1);
    expect(small).toBeGreaterThan(1000);
    expect(small).toBeLessThan(byDefault);
  }, 60_000);

  it('runs the real check: a course with a scenario folder missing its machine.json gets CB001 there', async () => {
    const files = new Map(
      [...BUNDLED].filter(
        ([path]) => path === 'behaviours.json' || path === 'missed-deadline/scenario.md',
      ),
    );
    const outcome = await runner({ stack: STACKS[1]! }).check(files);
    expect(outcome.kind).toBe('checked');
    if (outcome.kind !== 'checked') return;
    expect(outcome.taxonomy).toBe(true);
    expect(outcome.scenarios.map((s) => [s.folder, s.playable])).toEqual([
      ['missed-deadline', false],
    ]);
    expect(outcome.scenarios[0]?.diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['CB001', 'course/missed-deadline/machine.json'],
    ]);
    expect(outcome.printed).toBeGreaterThan(0);
  }, 60_000);
});
