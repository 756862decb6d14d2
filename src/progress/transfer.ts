/**
 * Moving progress between browsers, or keeping a copy: export writes everything to a
 * self-describing JSON file; import reads such a file with the same checks as storage
 * (so problems come with their path in the file) and merges it record by record. A bad
 * file never costs the current progress anything. The file's `version` is the
 * `Progress` version it holds; older files are migrated like stored documents.
 *
 * Merge rules: a run or reflection only in the file is added; one in both is taken
 * from the file only when the file's `updatedAt` is later (a tie keeps the one here);
 * those only here stay. The profile is one record: the file's is taken only when its
 * `updatedAt` is later (a profile never answered has none, so never wins). The file's
 * settings replace the current ones: importing is a deliberate act, and it is how a
 * learner brings their coaching mode to a new browser.
 */
import { produce } from 'immer';
import { notice, type Notice, type NoticeSource, type Tally } from './notices';
import { isObject, readProgress } from './read';
import { PROGRESS_VERSION, type LearnerProfile, type Progress } from './types';

export const EXPORT_FORMAT = 'casebook-progress';

export function exportProgress(progress: Progress, now: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    progress,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Equal as JSON, whatever the order of keys. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const bb = b as Record<string, unknown>;
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(bb, k) && same((a as Record<string, unknown>)[k], bb[k]))
  );
}

/** `a` is a time later than `b`; a missing time is never later, and anything is later than one. */
function later(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined) return false;
  return b === undefined || Date.parse(a) > Date.parse(b);
}

/** The records of `incoming` to take (new, or later than ours), and the count of each kind. */
function plan<T extends { updatedAt: string }>(
  current: Record<string, T>,
  incoming: Record<string, T>,
): { take: [string, T][]; tally: Tally } {
  const take: [string, T][] = [];
  const tally: Tally = { added: 0, updated: 0, kept: 0 };
  for (const [key, record] of Object.entries(incoming)) {
    const here = Object.hasOwn(current, key) ? current[key] : undefined;
    if (!here) {
      take.push([key, record]);
      tally.added++;
    } else if (later(record.updatedAt, here.updatedAt)) {
      take.push([key, record]);
      tally.updated++;
    } else if (!same(record, here)) tally.kept++;
  }
  return { take, tally };
}

const takesProfile = (here: LearnerProfile, file: LearnerProfile) =>
  later(file.updatedAt, here.updatedAt) && !same(file, here);

/** Merge progress from `text` (the contents of `fileName`); never throws. */
export function importProgress(
  progress: Progress,
  text: string,
  fileName: string,
  now: Date,
): { progress: Progress; notices: Notice[] } {
  const source: NoticeSource = { kind: 'import', name: fileName };
  /** Each import is its own event: the time keeps its notices apart from an earlier import's. */
  const stamped = (n: Notice): Notice => ({ ...n, id: `${n.id}@${now.getTime()}` });
  const refuse = (n: Notice) => ({ progress, notices: [stamped(n)] });
  const invalid = (problem: string) => refuse(notice('import-invalid', source, { problem }));

  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return invalid('it is not a Casebook progress file (it is damaged, incomplete, or not JSON)');
  }
  if (!isObject(file) || file.format !== EXPORT_FORMAT)
    return invalid('it is not a Casebook progress file');
  if (typeof file.version === 'number' && file.version > PROGRESS_VERSION)
    return refuse(notice('import-future-version', source, { version: file.version }));
  const reading = readProgress(file.progress);
  if (reading.kind === 'future')
    return refuse(notice('import-future-version', source, { version: reading.version }));
  if (reading.kind !== 'read') return invalid(`the progress in it is unusable: ${reading.problem}`);

  const incoming = reading.progress;
  const runs = plan(progress.runs, incoming.runs);
  const reflections = plan(progress.reflections, incoming.reflections);
  const settings = reading.settings;
  const newSettings = settings !== undefined && !same(settings, progress.settings);
  const newProfile = takesProfile(progress.profile, incoming.profile);
  const next = produce(progress, (draft) => {
    for (const [id, run] of runs.take) draft.runs[id] = run;
    for (const [id, reflection] of reflections.take) draft.reflections[id] = reflection;
    if (settings && newSettings) draft.settings = settings;
    if (newProfile) draft.profile = incoming.profile;
  });
  const notices = reading.rejected.map((r) =>
    notice(
      'record-invalid',
      { ...source, path: r.at.startsWith('[') ? `progress${r.at}` : `progress.${r.at}` },
      { record: `${r.label} in the file`, problem: r.problem, fate: { skipped: true } },
    ),
  );
  notices.push(
    notice('import-merged', source, {
      ...runs.tally,
      settings: newSettings,
      reflections: reflections.tally,
      profile: newProfile,
    }),
  );
  return { progress: next, notices: notices.map(stamped) };
}
