/**
 * Property tests: whatever is in storage — random JSON, random text, or a real saved
 * document with random damage — `loadProgress` never throws, every run that was valid
 * survives unchanged, and every run that is dropped is named in a notice and copied
 * verbatim to the backup. And whatever the updates do, what they make loads back as is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_PREFIX,
  STORAGE_KEY,
  emptyProgress,
  finishRun,
  loadProgress,
  markStale,
  rebaseRun,
  recordChoice,
  saveProgress,
  setCoaching,
  startRun,
  type Progress,
} from '../../src/progress';
import { MemoryStorage } from './memory-storage';
import { at, clone, sampleProgress } from './sample';

/** More runs on demand: PROPERTY_RUNS=20 runs each property twenty times as often. */
const scale = Number(process.env.PROPERTY_RUNS ?? '1');
const now = at(59);

type Doc = { runs: Record<string, unknown> } & Record<string, unknown>;

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

describe('loadProgress on anything', () => {
  it('never throws on random JSON values or random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string(),
          fc
            .record({
              version: fc.oneof(fc.constant(1), fc.jsonValue()),
              runs: fc.dictionary(fc.string(), fc.jsonValue()),
              settings: fc.jsonValue(),
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

const FIELDS = [
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
];

type Mutation =
  | { kind: 'set'; run: number; field: string; value: unknown }
  | { kind: 'delete'; run: number; field: string }
  | { kind: 'replace'; run: number; value: unknown }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'top'; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    run: fc.nat(9),
    field: fc.oneof(fc.constantFrom(...FIELDS), fc.string()),
    value: fc.jsonValue(),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    run: fc.nat(9),
    field: fc.constantFrom(...FIELDS),
  }),
  fc.record({ kind: fc.constant('replace' as const), run: fc.nat(9), value: fc.jsonValue() }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.string().filter((k) => k !== '__proto__'),
    value: fc.jsonValue(),
  }),
  fc.record({
    kind: fc.constant('top' as const),
    key: fc.constantFrom('settings', 'runs', 'extra', 'version'),
    value: fc.jsonValue(),
  }),
);

function mutate(doc: Doc, mutations: Mutation[]): Set<string> {
  const touched = new Set<string>();
  const keys = Object.keys(doc.runs);
  // Run-level damage first, then the frame (which may replace `runs` itself).
  const ordered = [...mutations].sort(
    (a, b) => Number(a.kind === 'top') - Number(b.kind === 'top'),
  );
  for (const m of ordered) {
    if (m.kind === 'top') {
      if (m.key !== 'settings' && m.key !== 'extra') for (const k of keys) touched.add(k);
      Object.defineProperty(doc, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      continue;
    }
    const key = m.kind === 'add' ? m.key : (keys[m.run % keys.length] as string);
    touched.add(key);
    const run = doc.runs[key];
    if (m.kind === 'add' || m.kind === 'replace') doc.runs[key] = m.value;
    else if (typeof run === 'object' && run !== null && !Array.isArray(run)) {
      if (m.kind === 'set')
        Object.defineProperty(run, m.field, {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else delete (run as Record<string, unknown>)[m.field];
    }
  }
  return touched;
}

describe('loadProgress on a damaged saved document', () => {
  it('keeps every untouched run, and accounts for every dropped one', () => {
    const original = clone(sampleProgress());
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const doc = clone(original) as unknown as Doc;
        const touched = mutate(doc, mutations);
        const { loaded, backups } = loadChecked(JSON.stringify(doc));
        const whole = loaded.notices.some((n) => n.code !== 'record-invalid');
        if (whole) return; // The frame itself was damaged: checked by loadChecked (backed up).
        for (const [key, run] of Object.entries(original.runs))
          if (!touched.has(key)) expect(loaded.progress.runs[key]).toEqual(run);
        const backup =
          backups[0] === undefined
            ? undefined
            : (JSON.parse(backups[0] ?? '') as { records: { path: string; value: unknown }[] });
        const current = JSON.parse(JSON.stringify(doc)) as Doc;
        for (const [key, value] of Object.entries(current.runs)) {
          if (Object.hasOwn(loaded.progress.runs, key)) continue;
          const path = `runs[${JSON.stringify(key)}]`;
          expect(loaded.notices.some((n) => n.source.path?.startsWith(path))).toBe(true);
          expect(backup?.records).toContainEqual({ path, value });
        }
      }),
      { numRuns: 300 * scale },
    );
  });

  it('never throws when the text is cut or spliced anywhere', () => {
    const text = JSON.stringify(sampleProgress());
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
  | { kind: 'coaching'; mode: 'practice' | 'assessment' };

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
          else p = setCoaching(p, s.mode);
        });
        const storage = new MemoryStorage();
        expect(saveProgress(storage, p)).toEqual([]);
        expect(loadProgress(storage, now)).toEqual({ progress: p, notices: [] });
      }),
      { numRuns: 200 * scale },
    );
  });
});
