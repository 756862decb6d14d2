/**
 * Property tests: whatever is in storage — random JSON, random text, or a real saved
 * document (v2, or read as v1) with random damage to its runs and reflections —
 * `loadProgress` never throws, every run and reflection that was valid survives
 * unchanged, and every one that is dropped is named in a notice and copied verbatim to
 * the backup. And whatever the updates do, what they make loads back as is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  STORAGE_KEY,
  TEXT_LIMIT,
  emptyProgress,
  finishRun,
  loadProgress,
  markStale,
  plainRuns,
  rebaseRun,
  recordChoice,
  saveProgress,
  saveReflection,
  setCoaching,
  setProfile,
  startRun,
  type Progress,
} from '../../src/progress';
import { MemoryStorage } from './memory-storage';
import { at, clone, sampleProgress } from './sample';

/** More runs on demand: PROPERTY_RUNS=20 runs each property twenty times as often. */
const scale = Number(process.env.PROPERTY_RUNS ?? '1');
const now = at(59);

type Records = 'runs' | 'reflections';
type Doc = Record<Records, Record<string, unknown>> & Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Set a property the way JSON.parse would, even `__proto__`. */
const put = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });

/** Load from storage holding `text`; check the result is usable and nothing vanished. */
function loadChecked(text: string) {
  const storage = new MemoryStorage({ [STORAGE_KEY]: text });
  const loaded = loadProgress(storage, now);
  // What was loaded is valid: it saves and loads back unchanged, with no notices.
  const again = new MemoryStorage();
  expect(saveProgress(again, loaded.progress)).toEqual([]);
  expect(loadProgress(again, now)).toEqual({ progress: loaded.progress, notices: [] });
  // Nothing disappears: the text is still there, or in a backup, or it was fully loaded.
  const kept = storage.getItem(STORAGE_KEY) === text;
  const backups = storage.keys(BACKUP_PREFIX).map((k) => storage.getItem(k));
  const fullyLoaded = loaded.notices.length === 0;
  expect(kept || backups.length > 0 || fullyLoaded).toBe(true);
  return { loaded, storage, backups };
}

/** Text the learner might write; now and then exactly at, or just over, the limit. */
const learnerText = fc.oneof(
  { arbitrary: fc.string(), weight: 12 },
  { arbitrary: fc.constant('x'.repeat(TEXT_LIMIT)), weight: 1 },
  { arbitrary: fc.constant('y'.repeat(TEXT_LIMIT + 1)), weight: 1 },
);

/** Mostly prompt ids; now and then a reserved name, not kebab-case, or anything. */
const promptId = fc.oneof(
  { arbitrary: fc.constantFrom('went-well', 'do-differently', 'what-next', 'q2'), weight: 6 },
  { arbitrary: fc.constantFrom('constructor', 'prototype', 'Went Well', 'a--b'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

describe('loadProgress on anything', () => {
  it('never throws on random JSON values or random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
          fc
            .record({
              version: fc.oneof(fc.constantFrom(1, 2), fc.jsonValue()),
              runs: fc.dictionary(fc.string(), fc.jsonValue()),
              settings: fc.jsonValue(),
              profile: fc.oneof(
                fc.record(
                  {
                    stage: fc.oneof(fc.constantFrom('new-manager', 'intern'), fc.jsonValue()),
                    demands: fc.oneof(fc.constantFrom('both', 'neither'), fc.jsonValue()),
                    updatedAt: fc.oneof(fc.constant(now.toISOString()), fc.jsonValue()),
                  },
                  { requiredKeys: [] },
                ),
                fc.jsonValue(),
              ),
              reflections: fc.oneof(
                fc.dictionary(
                  fc.string(),
                  fc.record(
                    {
                      runId: fc.string(),
                      answers: fc.oneof(fc.dictionary(promptId, learnerText), fc.jsonValue()),
                      plan: fc.oneof(
                        fc.record({ what: learnerText, who: learnerText, when: learnerText }),
                        fc.jsonValue(),
                      ),
                      updatedAt: fc.oneof(fc.constant(now.toISOString()), fc.jsonValue()),
                    },
                    { requiredKeys: [] },
                  ),
                ),
                fc.jsonValue(),
              ),
            })
            .map((v) => JSON.stringify(v)),
        ),
        (text) => {
          loadChecked(text);
        },
      ),
      { numRuns: 300 * scale },
    );
  });
});

const FIELDS: Record<Records, string[]> = {
  runs: [
    'id',
    'scenarioId',
    'contentHash',
    'seed',
    'events',
    'startedAt',
    'updatedAt',
    'finishedAt',
    'status',
    'ending',
    'stale',
  ],
  reflections: ['runId', 'answers', 'plan', 'updatedAt'],
};

type Mutation =
  | { kind: 'set'; in: Records; index: number; field: string; value: unknown }
  | { kind: 'delete'; in: Records; index: number; field: string }
  | { kind: 'replace'; in: Records; index: number; value: unknown }
  | { kind: 'add'; in: Records; key: string; value: unknown }
  | { kind: 'answer'; index: number; id: string; value: unknown }
  | { kind: 'top'; key: string; value: unknown };

const records = fc.constantFrom<Records>('runs', 'reflections');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  records.chain((within) =>
    fc.record({
      kind: fc.constant('set' as const),
      in: fc.constant(within),
      index: fc.nat(9),
      field: fc.oneof(fc.constantFrom(...FIELDS[within]), fc.string()),
      value: fc.jsonValue(),
    }),
  ),
  records.chain((within) =>
    fc.record({
      kind: fc.constant('delete' as const),
      in: fc.constant(within),
      index: fc.nat(9),
      field: fc.constantFrom(...FIELDS[within]),
    }),
  ),
  fc.record({
    kind: fc.constant('replace' as const),
    in: records,
    index: fc.nat(9),
    value: fc.jsonValue(),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    in: records,
    key: fc.string().filter((k) => k !== '__proto__'),
    value: fc.jsonValue(),
  }),
  fc.record({
    kind: fc.constant('answer' as const),
    index: fc.nat(9),
    id: fc.oneof(promptId, fc.constant('__proto__')),
    value: fc.oneof(learnerText, fc.jsonValue()),
  }),
  fc.record({
    kind: fc.constant('top' as const),
    key: fc.constantFrom('settings', 'runs', 'reflections', 'profile', 'extra', 'version'),
    value: fc.jsonValue(),
  }),
);

/** Which records each field's damage can reach, by the top-level field damaged. */
const REACHES: Record<string, Records[]> = {
  runs: ['runs', 'reflections'],
  version: ['runs', 'reflections'],
  reflections: ['reflections'],
};

function mutate(doc: Doc, mutations: Mutation[]): Record<Records, Set<string>> {
  const touched = { runs: new Set<string>(), reflections: new Set<string>() };
  const keys = { runs: Object.keys(doc.runs), reflections: Object.keys(doc.reflections) };
  // Record-level damage first, then the frame (which may replace `runs` itself).
  const ordered = [...mutations].sort(
    (a, b) => Number(a.kind === 'top') - Number(b.kind === 'top'),
  );
  for (const m of ordered) {
    if (m.kind === 'top') {
      for (const within of REACHES[m.key] ?? [])
        for (const k of keys[within]) touched[within].add(k);
      put(doc, m.key, m.value);
      continue;
    }
    const within = m.kind === 'answer' ? 'reflections' : m.in;
    const key = m.kind === 'add' ? m.key : (keys[within][m.index % keys[within].length] as string);
    touched[within].add(key);
    const record = doc[within][key];
    if (m.kind === 'add' || m.kind === 'replace') doc[within][key] = m.value;
    else if (!isObject(record)) continue;
    else if (m.kind === 'set') put(record, m.field, m.value);
    else if (m.kind === 'delete') delete record[m.field];
    else if (isObject(record.answers)) put(record.answers, m.id, m.value);
  }
  return touched;
}

describe('loadProgress on a damaged saved document', () => {
  it('keeps every untouched run and reflection, and accounts for every dropped one', () => {
    const original = clone(sampleProgress());
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        // A whole document, as the v2 release saved it (the v3 layout has its own test).
        const doc = { ...clone(original), version: 2 } as unknown as Doc;
        const touched = mutate(doc, mutations);
        const text = JSON.stringify(doc);
        const { loaded, backups } = loadChecked(text);
        const upgraded = loaded.notices.some((n) => n.code === 'storage-upgraded');
        const whole = loaded.notices.some(
          (n) => n.code !== 'record-invalid' && n.code !== 'storage-upgraded',
        );
        if (whole) return; // The frame itself was damaged: checked by loadChecked (backed up).
        for (const within of ['runs', 'reflections'] as const)
          for (const [key, record] of Object.entries(original[within]))
            if (!touched[within].has(key)) expect(loaded.progress[within][key]).toEqual(record);
        // An upgraded document is backed up whole and verbatim; else the dropped records are.
        if (upgraded) expect(backups).toEqual([text]);
        const backup =
          upgraded || backups[0] === undefined
            ? undefined
            : (JSON.parse(backups[0] ?? '') as { records: { path: string; value: unknown }[] });
        const current = JSON.parse(text) as Doc;
        const named = (path: string) => loaded.notices.some((n) => n.source.path?.startsWith(path));
        for (const within of ['runs', 'reflections'] as const) {
          if (!isObject(current[within])) {
            expect(named(within)).toBe(true);
            continue;
          }
          for (const [key, value] of Object.entries(current[within])) {
            // A record is kept exactly as stored, or dropped whole: never cut down.
            if (Object.hasOwn(loaded.progress[within], key)) {
              expect(loaded.progress[within][key]).toEqual(value);
              continue;
            }
            const path = `${within}[${JSON.stringify(key)}]`;
            expect(named(path)).toBe(true);
            if (!upgraded) expect(backup?.records).toContainEqual({ path, value });
          }
        }
      }),
      { numRuns: 300 * scale },
    );
  });

  it('never throws when the text is cut or spliced anywhere', () => {
    const text = JSON.stringify({ ...sampleProgress(), version: 2 });
    fc.assert(
      fc.property(
        fc.nat(text.length),
        fc.nat(text.length),
        fc.string({ maxLength: 8 }),
        (a, b, insert) => {
          const [from, to] = a < b ? [a, b] : [b, a];
          loadChecked(text.slice(0, from) + insert + text.slice(to));
        },
      ),
      { numRuns: 300 * scale },
    );
  });
});

type Step =
  | { kind: 'start'; scenario: number; seed: number }
  | { kind: 'choose'; run: number; event: string }
  | { kind: 'finish'; run: number; outcome: 'strong' | 'mixed' | 'weak' }
  | { kind: 'stale'; run: number; step: number }
  | { kind: 'rebase'; run: number }
  | { kind: 'coaching'; mode: 'practice' | 'assessment' }
  | {
      kind: 'reflect';
      run: number;
      other: string | null;
      answers: Record<string, string>;
      plan: { what?: string; who?: string; when?: string };
    }
  | { kind: 'profile'; patch: Record<string, string | undefined> };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('start' as const), scenario: fc.nat(2), seed: fc.integer() }),
  fc.record({ kind: fc.constant('choose' as const), run: fc.nat(5), event: fc.string() }),
  fc.record({
    kind: fc.constant('finish' as const),
    run: fc.nat(5),
    outcome: fc.constantFrom('strong' as const, 'mixed' as const, 'weak' as const),
  }),
  fc.record({ kind: fc.constant('stale' as const), run: fc.nat(5), step: fc.nat(10) }),
  fc.record({ kind: fc.constant('rebase' as const), run: fc.nat(5) }),
  fc.record({
    kind: fc.constant('coaching' as const),
    mode: fc.constantFrom('practice' as const, 'assessment' as const),
  }),
  fc.record({
    kind: fc.constant('reflect' as const),
    run: fc.nat(5),
    /** A run id that is not (or not yet) a run's, or null to use a run's. */
    other: fc.option(fc.oneof(fc.constantFrom('', '__proto__', 'r-elsewhere'), fc.string())),
    answers: fc.dictionary(promptId, learnerText, { maxKeys: 3 }),
    plan: fc.record(
      { what: learnerText, who: learnerText, when: learnerText },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    kind: fc.constant('profile' as const),
    patch: fc.record(
      {
        stage: fc.constantFrom(undefined, 'new-manager', 'senior-leader', 'intern'),
        demands: fc.constantFrom(undefined, 'execution', 'direction', 'both', 'neither'),
      },
      { requiredKeys: [] },
    ),
  }),
);

describe('updates', () => {
  it('only ever make progress that saves and loads back unchanged', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let p: Progress = emptyProgress();
        const ids: string[] = [];
        steps.forEach((s, i) => {
          const id = ids[('run' in s ? s.run : 0) % Math.max(ids.length, 1)] ?? 'none';
          const when = at(i);
          if (s.kind === 'start') {
            ids.push(`r-${i}`);
            p = startRun(p, {
              id: `r-${i}`,
              scenarioId: `s-${s.scenario}`,
              contentHash: 'h',
              seed: s.seed,
              now: when,
            });
          } else if (s.kind === 'choose') p = recordChoice(p, id, s.event, when);
          else if (s.kind === 'finish')
            p = finishRun(p, id, { id: 'end', outcome: s.outcome }, when);
          else if (s.kind === 'stale')
            p = markStale(p, id, { step: s.step, event: 'E', contentHash: 'h2' });
          else if (s.kind === 'rebase') p = rebaseRun(p, id, 'h3', when);
          else if (s.kind === 'coaching') p = setCoaching(p, s.mode);
          else if (s.kind === 'reflect') {
            const before = p;
            p = saveReflection(p, s.other ?? id, { answers: s.answers, plan: s.plan }, when);
            const texts = [...Object.values(s.answers), ...Object.values(s.plan)];
            if (texts.some((t) => t.length > TEXT_LIMIT)) expect(p).toBe(before);
          } else p = setProfile(p, s.patch as never, when);
        });
        const storage = new MemoryStorage();
        expect(saveProgress(storage, p)).toEqual([]);
        expect(loadProgress(storage, now)).toEqual({ progress: plainRuns(p), notices: [] });
      }),
      { numRuns: 200 * scale },
    );
  });
});
