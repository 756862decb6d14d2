/**
 * Author mode plays and analyses from any scene with chosen values: the player
 * enters the scene as a run would (visited, routes followed), and the analysis from
 * there agrees with playing every choice through XState from there. The usage
 * figures (runs per scene and per choice) add up the way runs do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  choiceId,
  choose,
  createPlayer,
  initialContext,
  offeredChoices,
  playerFrom,
  startRun,
  usage,
  type RunContext,
} from '../../src/engine';
import { compileReference } from '../support/reference';
import { playEverything } from '../support/exhaustive-play';
import { inlineScenario, to } from '../support/inline-scenario';

const reference = compileReference();
const player = createPlayer(reference);
const context = (changes: Partial<RunContext> = {}): RunContext => ({
  ...initialContext(reference),
  ...changes,
});

describe('playing from a chosen scene', () => {
  it('starts in that scene with the chosen metrics and flags, and offers what they allow', () => {
    const low = playerFrom(player, { scene: 'hidden-work', context: context() });
    const high = playerFrom(player, {
      scene: 'hidden-work',
      context: context({ metrics: { trust: 2, clarity: 0 } }),
    });
    const events = (p: typeof low) => offeredChoices(p, startRun(p), 0).map((c) => c.event);
    expect(String(startRun(low).value)).toBe('hidden-work');
    expect(events(low)).not.toContain('ASK_ABOUT_HOME');
    expect(events(high)).toContain('ASK_ABOUT_HOME');
    expect(startRun(high).context.visited).toEqual(['hidden-work']);
  });

  it('follows the routes of a router it starts in, as arriving there would', () => {
    const strong = context({
      metrics: { trust: 3, clarity: 3 },
      flags: { 'knows-about-overload': true, 'knows-about-home': false },
    });
    const routed = startRun(playerFrom(player, { scene: 'wrap-up', context: strong }));
    expect(routed.status).toBe('done');
    expect(String(routed.value)).toBe('outcome-owned-plan');
    const weak = startRun(playerFrom(player, { scene: 'wrap-up', context: context() }));
    expect(String(weak.value)).not.toBe('outcome-owned-plan');
  });

  it('plays on with the same machine: a choice applies its actions to the chosen values', () => {
    const from = playerFrom(player, {
      scene: 'opening',
      context: context({ metrics: { trust: 5, clarity: 0 } }),
    });
    const next = choose(from, startRun(from), 'ASK_WHAT_CHANGED');
    expect(next?.context.metrics.trust).toBe(6);
  });

  it('refuses a scene the scenario does not have', () => {
    expect(() => playerFrom(player, { scene: 'nowhere', context: context() })).toThrow(/nowhere/);
  });

  it('analyses every run from any scene and values the same as playing them all', () => {
    const scenes = reference.scenes.filter((s) => s.kind !== 'ending').map((s) => s.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...scenes),
        fc.integer({ min: -2, max: 4 }),
        fc.integer({ min: -2, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (scene, trust, clarity, overload, home) => {
          const start = {
            scene,
            context: context({
              metrics: { trust, clarity },
              flags: { 'knows-about-overload': overload, 'knows-about-home': home },
            }),
          };
          const analysis = analyse(reference, undefined, start);
          const played = playEverything(reference, undefined, start);
          expect(analysis.runs).toBe(played.runs);
          expect(new Set(analysis.endings.map((e) => e.id))).toEqual(played.endings);
          if (played.runs > 0n) expect(analysis.shortest).toBe(played.shortest);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('usage: runs per scene and per choice', () => {
  it('counts runs through each scene and along each choice on a small scenario', () => {
    const scenario = inlineScenario({
      initial: 'a',
      context: { score: 0 },
      states: {
        a: {
          on: {
            LEFT: to('b', { actions: [{ type: 'adjust', params: { score: 1 } }] }),
            RIGHT: to('b'),
          },
        },
        b: { on: { ON: to('c'), SKIP: to('end') } },
        c: { on: { DONE: to('end') } },
        end: { type: 'final', meta: { outcome: 'strong' } },
        never: { on: { GO: to('end') } },
      },
    });
    const figures = usage(analyse(scenario));
    expect(figures.scenes.get('a')?.runs).toBe(4n);
    expect(figures.scenes.get('b')?.runs).toBe(4n);
    expect(figures.scenes.get('c')?.runs).toBe(2n);
    expect(figures.scenes.get('end')?.runs).toBe(4n);
    expect(figures.scenes.get('never')).toMatchObject({ runs: 0n, arrivals: 0 });
    expect(figures.choices.get('a#LEFT')).toBe(2n);
    expect(figures.choices.get('b#SKIP')).toBe(2n);
    expect(figures.choices.get('never#GO')).toBe(0n);
    expect(figures.scenes.get('b')?.metrics.score).toEqual({ min: 0, max: 1 });
    expect(figures.scenes.get('b')?.arrivals).toBe(2);
  });

  it('adds up on the reference: every run starts at the first scene and ends once', () => {
    const analysis = analyse(reference);
    const figures = usage(analysis);
    expect(figures.scenes.get(reference.initial)?.runs).toBe(analysis.runs);
    const atEndings = reference.scenes
      .filter((s) => s.kind === 'ending')
      .reduce((sum, s) => sum + (figures.scenes.get(s.id)?.runs as bigint), 0n);
    expect(atEndings).toBe(analysis.runs);
    for (const scene of reference.scenes.filter((s) => s.kind === 'scene')) {
      const along = scene.choices.reduce(
        (sum, c) => sum + (figures.choices.get(choiceId(scene.id, c.event)) as bigint),
        0n,
      );
      expect(along, scene.id).toBe(figures.scenes.get(scene.id)?.runs);
    }
  });

  it('says "unbounded" where a loop lets runs go round, and 0 where no run can finish', () => {
    const scenario = inlineScenario({
      initial: 'a',
      context: {},
      states: {
        a: { on: { AGAIN: to('a'), STOP: to('end'), TRAP: to('trap') } },
        trap: { on: { STAY: to('trap') } },
        end: { type: 'final', meta: { outcome: 'strong' } },
      },
    });
    const figures = usage(analyse(scenario));
    expect(figures.scenes.get('a')?.runs).toBe('unbounded');
    expect(figures.choices.get('a#STOP')).toBe('unbounded');
    expect(figures.scenes.get('trap')?.runs).toBe(0n);
    expect(figures.choices.get('a#TRAP')).toBe(0n);
  });
});
