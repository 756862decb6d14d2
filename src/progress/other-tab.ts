/**
 * A learner may have Casebook open in two tabs. The browser tells each tab when another
 * one writes a key (the `storage` event); this module decides what a tab does with it,
 * so that neither tab's next write loses what the other saved:
 *
 * - a newer format version in the main key: this tab must not write again (read-only);
 * - settings and profile: the other tab's settings are taken, the newer profile kept;
 * - a run: the other tab's copy is taken when it continues this tab's (or is the same
 *   choices, newer); this tab's is kept (and written back) when it continues theirs;
 *   when the two went different ways, the one played last is kept and the other is
 *   copied verbatim to a backup, with a notice — both tabs pick the same one;
 * - a reflection: the newer one is kept.
 *
 * Anything unreadable is ignored here; the next load checks and reports it.
 */
import { produce } from 'immer';
import { EXPORT_FORMAT } from './transfer';
import { parseJson } from './backup';
import { notice, type Fate, type Notice } from './notices';
import { isObject } from './migrate';
import { produceRuns, runById } from './runs';
import { checkProfile, checkReflection, checkRun, checkSettings, recordPath } from './schema';
import {
  PROGRESS_VERSION,
  REFLECTION_KEY_PREFIX,
  RUN_KEY_PREFIX,
  STORAGE_KEY,
  type LearnerProfile,
  type Progress,
  type Reflection,
  type SavedRun,
  type Settings,
} from './types';

/** What another tab wrote, as this tab can use it. */
export type OtherTabWrite =
  | { kind: 'ignored' }
  | { kind: 'future'; version: number }
  | { kind: 'main'; settings?: Settings; profile?: LearnerProfile }
  | { kind: 'run'; run: SavedRun }
  | { kind: 'reflection'; reflection: Reflection };

const IGNORED: OtherTabWrite = { kind: 'ignored' };

function readMain(value: unknown): OtherTabWrite {
  if (!isObject(value) || typeof value.version !== 'number') return IGNORED;
  if (value.version > PROGRESS_VERSION) return { kind: 'future', version: value.version };
  if (value.version !== PROGRESS_VERSION) return IGNORED;
  const settings = checkSettings(value.settings, 'settings');
  const profile = checkProfile(value.profile, 'profile');
  return {
    kind: 'main',
    ...(settings.ok ? { settings: settings.value } : {}),
    ...(profile.ok ? { profile: profile.value } : {}),
  };
}

/** Read what a `storage` event says was written (`key` and its `newValue`). */
export function readOtherTabWrite(key: string | null, value: string | null): OtherTabWrite {
  if (key === null || value === null) return IGNORED;
  const parsed = parseJson(value);
  if (!parsed.ok) return IGNORED;
  if (key === STORAGE_KEY) return readMain(parsed.value);
  if (key.startsWith(RUN_KEY_PREFIX)) {
    const id = key.slice(RUN_KEY_PREFIX.length);
    const run = checkRun(id, parsed.value, recordPath('runs', id));
    return run.ok ? { kind: 'run', run: run.value } : IGNORED;
  }
  if (key.startsWith(REFLECTION_KEY_PREFIX)) {
    const id = key.slice(REFLECTION_KEY_PREFIX.length);
    const reflection = checkReflection(id, parsed.value, recordPath('reflections', id));
    return reflection.ok ? { kind: 'reflection', reflection: reflection.value } : IGNORED;
  }
  return IGNORED;
}

/** `progress` with the other tab's write in place: what storage holds now. */
export function placeWrite(progress: Progress, write: OtherTabWrite): Progress {
  if (write.kind === 'run')
    return produceRuns(progress, (draft) => {
      draft.runs[write.run.id] = write.run;
    });
  return produce(progress, (draft) => {
    if (write.kind === 'main') {
      if (write.settings) draft.settings = write.settings;
      if (write.profile) draft.profile = write.profile;
    } else if (write.kind === 'reflection')
      draft.reflections[write.reflection.runId] = write.reflection;
  });
}

const extends_ = (longer: readonly string[], shorter: readonly string[]) =>
  longer.length >= shorter.length && shorter.every((event, i) => longer[i] === event);

/** Later `updatedAt` wins; on a tie, the larger text, so both tabs choose alike. */
const played = (run: SavedRun) => [run.updatedAt, JSON.stringify(run)] as const;
function later(a: SavedRun, b: SavedRun): SavedRun {
  const [ta, ja] = played(a);
  const [tb, jb] = played(b);
  return ta > tb || (ta === tb && ja > jb) ? a : b;
}

/** Which run this tab keeps, and the run it must copy to a backup (when the two diverged). */
function settleRun(ours: SavedRun, theirs: SavedRun): { keep: SavedRun; lost?: SavedRun } {
  const same = ours.events.length === theirs.events.length && extends_(ours.events, theirs.events);
  if (same) return { keep: later(ours, theirs) };
  if (extends_(theirs.events, ours.events)) return { keep: theirs };
  if (extends_(ours.events, theirs.events)) return { keep: ours };
  const keep = later(ours, theirs);
  return { keep, lost: keep === ours ? undefined : ours };
}

const newer = <T extends { updatedAt?: string }>(ours: T, theirs: T): T =>
  (ours.updatedAt ?? '') > (theirs.updatedAt ?? '') ? ours : theirs;

/**
 * What this tab keeps after the other tab's `write`; `backup` keeps a copy of a run of
 * this tab's that the other tab's replaces. Save the result against `placeWrite`'s, so
 * that what this tab keeps of its own is written back.
 */
export function settleWrite(
  progress: Progress,
  write: OtherTabWrite,
  backup: (text: string) => Fate,
): { progress: Progress; notices: Notice[] } {
  if (write.kind === 'main') {
    const profile = write.profile ? newer(progress.profile, write.profile) : progress.profile;
    const settings = write.settings ?? progress.settings;
    if (profile === progress.profile && settings === progress.settings)
      return { progress, notices: [] };
    return { progress: { ...progress, settings, profile }, notices: [] };
  }
  if (write.kind === 'reflection') {
    const ours = progress.reflections[write.reflection.runId];
    const keep = ours ? newer(ours, write.reflection) : write.reflection;
    return { progress: keep === ours ? progress : placeWrite(progress, write), notices: [] };
  }
  if (write.kind !== 'run') return { progress, notices: [] };
  const ours = runById(progress, write.run.id);
  if (!ours) return { progress: placeWrite(progress, write), notices: [] };
  const { keep, lost } = settleRun(ours, write.run);
  const kept = keep === ours ? progress : placeWrite(progress, write);
  if (!lost) return { progress: kept, notices: [] };
  // The copy is a progress file holding that one run, so the learner can download it.
  const copy = { version: PROGRESS_VERSION, runs: { [lost.id]: lost }, reflections: {} };
  const fate = backup(
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: PROGRESS_VERSION,
      exportedAt: lost.updatedAt,
      progress: copy,
    }),
  );
  const source = { kind: 'storage' as const, name: RUN_KEY_PREFIX + lost.id };
  const step = lost.events.findIndex((event, i) => keep.events[i] !== event);
  const found = notice('run-conflict', source, { run: lost, step, fate });
  const shown = { ...found, id: `${found.id}@${lost.updatedAt}` };
  return {
    progress: kept,
    notices: ['backup' in fate ? { ...shown, backup: fate.backup } : shown],
  };
}
