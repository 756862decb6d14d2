/**
 * The author's player keeps one log: each step's words, its choice, and the run it
 * leaves (start and choices). The run's snapshot replays from the log's last step, so
 * taking a choice back, setting values, and a new version of the scenario all read
 * the same list.
 */
import { describe, expect, it } from 'vitest';
import { createPlayer, initialContext, playable } from '../../src/engine';
import { liveRun, logChoice, logSet, logUndo, startLog } from '../../src/ui/author/play-log';
import { inlineScenario, to } from '../support/inline-scenario';

const machine = {
  initial: 'start',
  context: { trust: 0 },
  states: {
    start: { on: { ASK: to('middle', { actions: [{ type: 'adjust', params: { trust: 1 } }] }) } },
    middle: { on: { AGREE: to('end'), WAIT: to('start') } },
    end: { type: 'final' as const, meta: { outcome: 'strong' } },
  },
};
const scenario = inlineScenario(machine);
const start = { scene: 'start', context: initialContext(scenario) };

describe('the play-from-scene log', () => {
  it('holds each step with its words, its choice and the run it leaves', () => {
    let log = startLog(start);
    log = logChoice(log, 'start', 'ASK');
    log = logChoice(log, 'middle', 'WAIT');
    log = logUndo(log);
    expect(log.map((e) => [e.text(), e.event, e.events])).toEqual([
      ['Started at start.', undefined, []],
      ['start: chose ASK.', 'ASK', ['ASK']],
      ['middle: chose WAIT.', 'WAIT', ['ASK', 'WAIT']],
      ['Took back the last choice.', undefined, ['ASK']],
    ]);
    const run = liveRun(createPlayer(scenario), start, log);
    expect(String(run.snapshot.value)).toBe('middle');
    expect(run.snapshot.context.metrics.trust).toBe(1);
    expect(run.last?.event).toBe('ASK');
    expect(String(run.last?.before.value)).toBe('start');
  });

  it('starts afresh from values the author sets, with no choice to take back', () => {
    let log = logChoice(startLog(start), 'start', 'ASK');
    const context = { ...start.context, metrics: { trust: 5 } };
    log = logSet(log, 'middle', context, [() => 'trust to 5']);
    expect(log.at(-1)?.text()).toBe('middle: set trust to 5.');
    const run = liveRun(createPlayer(scenario), start, log);
    expect(String(run.snapshot.value)).toBe('middle');
    expect(run.snapshot.context.metrics.trust).toBe(5);
    expect(run.events).toEqual([]);
    expect(run.last).toBeUndefined();
  });

  it('replays the same steps on a new version, and starts over where its scene is gone', () => {
    const log = logSet(
      logChoice(startLog(start), 'start', 'ASK'),
      'middle',
      { ...start.context, metrics: { trust: 2 } },
      [() => 'trust to 2'],
    );
    const edited = inlineScenario({
      ...machine,
      states: {
        start: { on: { ASK: to('centre') } },
        end: machine.states.end,
        centre: { on: { AGREE: to('end') } },
      },
    });
    const run = liveRun(createPlayer(edited), start, log);
    expect(run.lost).toBe(true);
    expect(String(run.snapshot.value)).toBe('start');
  });

  it('steps the run with a machine of the scenes along it, not the whole scenario', () => {
    const wide = inlineScenario({
      initial: 'start',
      context: {},
      states: {
        start: { on: { GO: to('next'), OTHER: to('aside') } },
        next: { on: { ON: to('end') } },
        aside: { on: { ON: to('far') } },
        far: { on: { ON: to('end') } },
        end: { type: 'final' as const, meta: { outcome: 'strong' } },
      },
    });
    const from = { scene: 'start', context: initialContext(wide) };
    const run = liveRun(playable(wide), from, logChoice(startLog(from), 'start', 'GO'));
    expect(String(run.snapshot.value)).toBe('next');
    // start and next are played in full, end is one choice on; aside and far are not needed.
    expect(Object.keys(run.player.machine.root.states).sort()).toEqual([
      'aside',
      'end',
      'next',
      'start',
    ]);
    expect(run.player.machine.root.states.aside?.on).toEqual({});
  });
});
