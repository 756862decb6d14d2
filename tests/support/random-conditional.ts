/**
 * Format v1.1: random scenarios (`random-scenario.ts`) with named conditions over every
 * guard kind, and conditional blocks — `when` and `unless`, nested up to two deep — in
 * scene and ending text and in coaching, for property tests of the analysis's reading of
 * conditional text.
 */
import fc from 'fast-check';
import type { Block, CompiledScenario, Guard, Prose } from '../../src/contract';
import { guardArb, randomLoopingScenario, randomScenario } from './random-scenario';

const NAMES = ['c0', 'c1', 'c2'];
const para: Block = { t: 'p', c: [{ t: 'text', v: 'words' }] };

const whenArb: fc.Arbitrary<Block> = fc.letrec<{ when: Block }>((tie) => ({
  when: fc
    .record({
      name: fc.constantFrom(...NAMES),
      negate: fc.boolean(),
      inner: fc.option(tie('when'), { nil: undefined, depthSize: 'small', maxDepth: 2 }),
    })
    .map(({ name, negate, inner }) => ({
      t: 'when' as const,
      name,
      negate,
      c: inner ? [para, inner] : [para],
    })),
})).when;

const proseArb = (prose: Prose): fc.Arbitrary<Prose> =>
  fc.array(whenArb, { maxLength: 2 }).map((blocks) => ({ ...prose, blocks: [para, ...blocks] }));

function withText(scenarios: fc.Arbitrary<CompiledScenario>): fc.Arbitrary<CompiledScenario> {
  return scenarios.chain((scenario) => {
    const ids = scenario.scenes.map((s) => s.id);
    const conditions = fc.tuple(...NAMES.map(() => guardArb(ids)));
    const scenes = fc.tuple(
      ...scenario.scenes.map((scene) =>
        fc
          .tuple(proseArb(scene.prose), ...scene.choices.map((c) => proseArb(c.coaching)))
          .map(([prose, ...coaching]) => ({
            ...scene,
            prose: scene.kind === 'router' ? scene.prose : prose,
            choices: scene.choices.map((c, i) => ({ ...c, coaching: coaching[i] as Prose })),
          })),
      ),
    );
    return fc.tuple(conditions, scenes).map(([guards, built]) => ({
      ...scenario,
      conditions: Object.fromEntries(NAMES.map((n, i) => [n, guards[i] as Guard])),
      scenes: built,
    }));
  });
}

export const randomConditionalScenario = () => withText(randomScenario());
export const randomLoopingConditionalScenario = () => withText(randomLoopingScenario());
