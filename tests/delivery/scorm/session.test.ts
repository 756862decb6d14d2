/**
 * A SCO session against scorm-again's real SCORM 1.2 and 2004 APIs, with the app's real
 * ProgressStore on in-memory storage: discovery through parents and the opener, the
 * status, score, interactions, location, exit and session time a played run reports, a
 * resume in an empty browser from the LMS's saved data alone, and a refused SetValue or
 * reflections too long for the room, which give a notice and change nothing in the browser.
 */
import { describe, expect, it } from 'vitest';
import {
  choose,
  createPlayer,
  isFinished,
  offeredChoices,
  startRun as begin,
  traceRun,
} from '../../../src/engine';
import { finishRun, recordChoice, runById, saveReflection, startRun } from '../../../src/progress';
import { findApi } from '../../../src/delivery/scorm/api';
import type { ScormFormat } from '../../../src/delivery/scorm/cmi';
import { scoScenario, startScorm } from '../../../src/delivery/scorm/session';
import { ProgressStore } from '../../../src/ui/store';
import { MemoryStorage } from '../../progress/memory-storage';
import { cmiOf, course, frameOf, lmsParent, loadersOf, newApi, type AnyApi } from './lms';

const built = course();
const scenario = built.scenarios.get('missed-deadline')!;
const player = createPlayer(scenario);
const RUN = 'r-sco';

let minute = 0;
const clock = () => new Date(Date.UTC(2026, 11, 3, 6, minute));

/** Open the SCO on `api` (in a parent frame), with `storage` as the browser's. */
async function open(format: ScormFormat, api: unknown, storage = new MemoryStorage()) {
  const win = frameOf(lmsParent(format, api));
  const session = startScorm({
    format,
    window: win,
    storage,
    search: '?scenario=missed-deadline',
    index: built.index,
    loaders: loadersOf(built),
    rule: null,
    clock,
  });
  const store = new ProgressStore(storage, clock);
  await session.follow(store);
  return { win, store, storage };
}

/** Take the first offered choice `steps` times (to the ending when it comes first), as the play page records them. */
async function play(store: ProgressStore, steps: number): Promise<void> {
  const run = runById(store.getSnapshot().progress, RUN);
  if (!run)
    store.update((p, now) =>
      startRun(p, {
        id: RUN,
        scenarioId: scenario.id,
        contentHash: scenario.contentHash,
        seed: 1,
        now,
      }),
    );
  for (let i = 0; i < steps; i++) {
    const events = runById(store.getSnapshot().progress, RUN)!.events;
    let snapshot = begin(player);
    for (const e of events) snapshot = choose(player, snapshot, e)!;
    if (isFinished(snapshot)) return;
    const event = offeredChoices(player, snapshot, 1)[0]!.event;
    minute++;
    store.update((p, now) => recordChoice(p, RUN, event, now));
    const trace = traceRun(player, [...events, event]);
    if (trace.ending) store.update((p, now) => finishRun(p, RUN, trace.ending!, now));
    await reported();
  }
}

/** The reporter tells the LMS just after each change (in a microtask): let it. */
const reported = () => Promise.resolve();

const get = (api: AnyApi, element: string) => String(api.lmsGetValue(element));

describe('finding the API', () => {
  it('looks up the parents, then the opener, and passes over a frame it may not read', () => {
    const api = newApi('scorm12');
    const top = { API: api };
    const crossOrigin = {
      parent: top,
      get API(): never {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findApi({ parent: { parent: crossOrigin } }, 'scorm12')).toBeDefined();
    expect(
      findApi(
        { parent: null, opener: { parent: { API_1484_11: newApi('scorm2004') } } },
        'scorm2004',
      ),
    ).toBeDefined();
    expect(findApi({ parent: { parent: top } }, 'scorm2004')).toBeUndefined();
  });

  it('plays the scenario the address names, or the course’s only one', () => {
    expect(scoScenario('?scenario=missed-deadline', built.index)).toBe('missed-deadline');
    expect(scoScenario('?scenario=nowhere', built.index)).toBeUndefined();
    expect(scoScenario('', built.index)).toBeUndefined();
    const one = { ...built.index, scenarios: built.index.scenarios.slice(0, 1) };
    expect(scoScenario('', one)).toBe(one.scenarios[0]!.card!.id);
  });

  it('tells the learner when no LMS is there, and keeps playing', async () => {
    const storage = new MemoryStorage();
    const session = startScorm({
      format: 'scorm12',
      window: frameOf({}),
      storage,
      search: '?scenario=missed-deadline',
      index: built.index,
      loaders: loadersOf(built),
      rule: null,
    });
    const store = new ProgressStore(storage, clock);
    await session.follow(store);
    expect(store.getSnapshot().notices.map((n) => n.code)).toContain('lms-missing');
  });
});

describe.each(['scorm12', 'scorm2004'] as const)('a %s session', (format) => {
  const s12 = format === 'scorm12';
  const status = s12 ? 'cmi.core.lesson_status' : 'cmi.completion_status';

  it('reports each decision, the location and, at the ending, status and score', async () => {
    const api = newApi(format);
    const { store, win } = await open(format, api);
    expect(get(api, status)).toBe('incomplete');
    await play(store, 2);
    let cmi = cmiOf(api);
    expect(Object.keys(cmi.interactions)).toEqual(['0', '1']);
    const first = cmi.interactions['0']!;
    expect(first.id).toBe('opening');
    expect(first.type).toBe('choice');
    expect(first[s12 ? 'student_response' : 'learner_response']).toBe('ASK_WHAT_CHANGED');
    expect(JSON.stringify(first.objectives)).toMatch(/"id":"tag:/);
    expect(get(api, s12 ? 'cmi.core.lesson_location' : 'cmi.location')).toBe(
      traceRun(player, runById(store.getSnapshot().progress, RUN)!.events).scene,
    );
    await play(store, 50);
    const run = runById(store.getSnapshot().progress, RUN)!;
    expect(run.status).toBe('complete');
    cmi = cmiOf(api);
    expect(Object.keys(cmi.interactions)).toHaveLength(run.events.length);
    const raw = { strong: '100', mixed: '60', weak: '30' }[run.ending!.outcome];
    const passed = run.ending!.outcome === 'weak' ? 'failed' : 'passed';
    if (s12) {
      expect(get(api, 'cmi.core.lesson_status')).toBe(passed);
      expect(get(api, 'cmi.core.score.raw')).toBe(raw);
      expect(get(api, 'cmi.core.score.max')).toBe('100');
    } else {
      expect(get(api, 'cmi.completion_status')).toBe('completed');
      expect(get(api, 'cmi.success_status')).toBe(passed);
      expect(get(api, 'cmi.score.scaled')).toBe(String(Number(raw) / 100));
    }
    minute += 5;
    win.leave();
    expect(api.isTerminated()).toBe(true);
    const cmiAfter = cmiOf(api) as Record<string, unknown> & { core?: Record<string, unknown> };
    if (s12) expect(cmiAfter.core?.exit).toBe('');
    else expect(cmiAfter.exit).toBe('normal');
  });

  it('resumes at the same decision in an empty browser from the LMS’s data alone', async () => {
    const api = newApi(format);
    const first = await open(format, api);
    await play(first.store, 3);
    const events = runById(first.store.getSnapshot().progress, RUN)!.events;
    first.win.leave();
    const saved = cmiOf(api) as Record<string, unknown> & { core?: Record<string, unknown> };
    expect(s12 ? saved.core?.exit : saved.exit).toBe('suspend');
    // As scorm-again keeps them: 1.2 timespans normalised to HH:MM:SS.
    expect(s12 ? saved.core?.session_time : saved.session_time).toBe(s12 ? '00:03:00' : 'PT3M0S');

    const next = newApi(format, saved);
    const second = await open(format, next, new MemoryStorage());
    expect(runById(second.store.getSnapshot().progress, RUN)?.events).toEqual(events);
    expect(second.store.getSnapshot().notices).toEqual([]);
    // The next decision is the fourth interaction, after the three of the first session.
    await play(second.store, 1);
    expect(Object.keys(cmiOf(next).interactions)).toEqual(['0', '1', '2', '3']);
  });

  it('tells the learner when the LMS refuses the suspend data, and keeps the run', async () => {
    const api = newApi(format);
    const setValue = s12 ? 'LMSSetValue' : 'SetValue';
    const lastError = s12 ? 'LMSGetLastError' : 'GetLastError';
    let refused = false;
    const refusing = new Proxy(api, {
      get(target, key, receiver) {
        if (key === setValue)
          return (element: string, value: string) => {
            refused = element === 'cmi.suspend_data';
            return refused ? 'false' : target.lmsSetValue(element, value);
          };
        if (key === lastError) return () => (refused ? '405' : target.lmsGetLastError());
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const { store, storage } = await open(format, refusing);
    await play(store, 1);
    const notices = store.getSnapshot().notices.filter((n) => n.code === 'lms-refused');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('error 405');
    expect(notices[0]!.message).toContain('cmi.suspend_data');
    expect(Object.keys(cmiOf(api).interactions)).toEqual(['0']);
    const kept = [...storage.items.keys()].filter((k) => k.startsWith('casebook:run:'));
    expect(kept).toEqual([`casebook:run:${RUN}`]);
  });

  it('keeps reflections too long for the room in the browser only, and says so', async () => {
    const api = newApi(format);
    const { store } = await open(format, api);
    await play(store, 50);
    let seed = 11;
    const noise = Array.from({ length: 5000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(33 + (seed % 90));
    }).join('');
    store.update((p, now) => saveReflection(p, RUN, { answers: { 'went-well': noise } }, now));
    // Not inside the update: the reflection form reads a new notice there as "Not saved".
    expect(store.getSnapshot().notices).toEqual([]);
    await reported();
    const codes = store.getSnapshot().notices.map((n) => n.code);
    expect(codes).toEqual(['lms-reflections-dropped']);
    expect(store.getSnapshot().progress.reflections[RUN]?.answers['went-well']).toBe(noise);
    expect(get(api, 'cmi.suspend_data').length).toBeLessThanOrEqual(4096);
  });

  it('tells the learner when even the run does not fit, and keeps all of it in the browser', async () => {
    const api = newApi(format);
    const { store, storage } = await open(format, api);
    await play(store, 1);
    const before = get(api, 'cmi.suspend_data');
    // A log far past any scenario's longest run (as a doctored or looping one could be).
    store.update((p, now) => {
      let q = p;
      for (let i = 0; i < 3000; i++) q = recordChoice(q, RUN, `EVENT_${i}`, now);
      return q;
    });
    await reported();
    expect(store.getSnapshot().notices.map((n) => n.code)).toEqual(['lms-run-too-long']);
    expect(get(api, 'cmi.suspend_data')).not.toBe(before);
    expect(get(api, 'cmi.suspend_data').length).toBeLessThanOrEqual(4096);
    const saved = JSON.parse(storage.items.get(`casebook:run:${RUN}`) ?? '{}') as {
      events?: string[];
    };
    expect(saved.events).toHaveLength(3001);
  });
});
