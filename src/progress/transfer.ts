/**
 * Moving progress between browsers, or keeping a copy: export writes everything to a
 * self-describing JSON file; import reads such a file with the same checks as storage
 * (so problems come with their path in the file) and merges it run by run. A bad file
 * never costs the current progress anything.
 *
 * Merge rules: a run only in the file is added; a run in both is taken from the file
 * only when the file's `updatedAt` is later (a tie keeps the one here); runs only here
 * stay. The file's settings replace the current ones: importing is a deliberate act,
 * and it is how a learner brings their coaching mode to a new browser.
 */
import { produce } from 'immer';
import { notice, type Notice, type NoticeSource } from './notices';
import { isObject, readProgress } from './read';
import { PROGRESS_VERSION, type Progress, type SavedRun } from './types';

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

type Plan = { add: SavedRun[]; replace: SavedRun[]; kept: number };

function plan(current: Progress, incoming: Progress): Plan {
  const result: Plan = { add: [], replace: [], kept: 0 };
  for (const run of Object.values(incoming.runs)) {
    const here = Object.hasOwn(current.runs, run.id) ? current.runs[run.id] : undefined;
    if (!here) result.add.push(run);
    else if (Date.parse(run.updatedAt) > Date.parse(here.updatedAt)) result.replace.push(run);
    else if (!same(run, here)) result.kept++;
  }
  return result;
}

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

  const steps = plan(progress, reading.progress);
  const settings = reading.settings;
  const newSettings = settings !== undefined && !same(settings, progress.settings);
  const next = produce(progress, (draft) => {
    for (const run of [...steps.add, ...steps.replace]) draft.runs[run.id] = run;
    if (settings && newSettings) draft.settings = settings;
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
      added: steps.add.length,
      updated: steps.replace.length,
      kept: steps.kept,
      settings: newSettings,
    }),
  );
  return { progress: next, notices: notices.map(stamped) };
}
