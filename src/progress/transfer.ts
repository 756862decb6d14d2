/**
 * Moving progress between browsers, or keeping a copy: export writes everything to a
 * self-describing JSON file; import reads such a file with the same checks as storage
 * (so problems come with their path in the file) and merges it record by record (see
 * `merge.ts`). A bad file never costs the current progress anything, and a good one
 * never costs a record either: whatever the file replaces (a run, a reflection, the
 * settings, the profile) is first written to a backup in this browser, and without a
 * backup nothing is replaced. The backup is itself a progress file, marked `restore`:
 * importing it puts those records back (backing up what they replace in turn). The
 * file's `version` is the `Progress` version it holds; older files are migrated like
 * stored documents.
 *
 * Before merging, run ids no link can hold are renamed (`run-ids.ts`); after merging,
 * every run is replayed on the scenarios given (`reconcile` with `prove: 'every'`, since
 * these logs were not recorded here), so an imported log that does not replay is kept
 * read-only, not left playable and stuck. The file's settings
 * replace the current ones: importing is a deliberate act, and it is how a learner
 * brings their coaching mode to a new browser.
 */
import { formatNumber, t } from '../i18n';
import { plan, same, takesProfile } from './merge';
import { groupNotices } from './notice-groups';
import { wordedAs } from './notice-wording';
import { notice, type Fate, type Notice, type NoticeSource, type Replaced } from './notices';
import { isObject, readProgress, recordGroup } from './read';
import { reconcile, type Served } from './reconcile';
import { renameRunIds, shownId } from './run-ids';
import { allRuns, plainRuns, produceRuns } from './runs';
import { recordPath } from './schema';
import { DEFAULT_SETTINGS, PROGRESS_VERSION, type Progress } from './types';

export const EXPORT_FORMAT = 'casebook-progress';

/** The largest file an import reads, in characters: far above a lifetime of runs. */
export const IMPORT_LIMIT = 20_000_000;

export function exportProgress(progress: Progress, now: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    progress: plainRuns(progress),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface ImportOptions {
  /** Keeps a copy of what the import replaces (see `backupWriter`); without it nothing is replaced. */
  backup?: (text: string) => Fate;
  /**
   * What the course serves: every run is replayed on `versions`, and runs of a scenario
   * in neither `versions` nor `ids` are reported as belonging to none. Without it, no
   * run is replayed or called missing.
   */
  served?: Served;
}

type Result = { progress: Progress; notices: Notice[] };

const megabytes = (chars: number) =>
  formatNumber(chars / 1_000_000, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The records the import replaces, as a progress file that restores them when imported. */
function backupText(
  replaced: Pick<Progress, 'runs' | 'reflections'> & Partial<Progress>,
  fileName: string,
  now: Date,
): string {
  const progress = { version: PROGRESS_VERSION, ...replaced };
  const file = { format: EXPORT_FORMAT, version: PROGRESS_VERSION, restore: true, progress };
  return `${JSON.stringify({ ...file, exportedAt: now.toISOString(), replacedBy: fileName })}\n`;
}

/** Merge progress from `text` (the contents of `fileName`); never throws. */
export function importProgress(
  progress: Progress,
  text: string,
  fileName: string,
  now: Date,
  options: ImportOptions = {},
): Result {
  const source: NoticeSource = { kind: 'import', name: fileName };
  /** Each import is its own event: the time keeps its notices apart from an earlier import's. */
  const stamped = (n: Notice): Notice => wordedAs({ ...n, id: `${n.id}@${now.getTime()}` }, n);
  const refuse = (n: Notice) => ({ progress, notices: [stamped(n)] });
  const invalid = (problem: string) => refuse(notice('import-invalid', source, { problem }));

  if (text.length > IMPORT_LIMIT)
    return invalid(
      t('notices.problem.tooBig', { size: megabytes(text.length), limit: megabytes(IMPORT_LIMIT) }),
    );
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return invalid(t('notices.problem.notJson'));
  }
  if (!isObject(file) || file.format !== EXPORT_FORMAT)
    return invalid(t('notices.problem.notOurFile'));
  if (typeof file.version === 'number' && file.version > PROGRESS_VERSION)
    return refuse(notice('import-future-version', source, { version: file.version }));
  const renamed = isObject(file.progress) ? renameRunIds(file.progress) : undefined;
  const reading = readProgress(renamed ? renamed.doc : file.progress);
  if (reading.kind === 'future')
    return refuse(notice('import-future-version', source, { version: reading.version }));
  if (reading.kind !== 'read')
    return invalid(t('notices.problem.unusable', { problem: reading.problem }));

  const restore = file.restore === true;
  const incoming = reading.progress;
  const runs = plan(allRuns(progress), incoming.runs, restore);
  const reflections = plan(progress.reflections, incoming.reflections, restore);
  const settings = reading.settings;
  const newSettings = settings !== undefined && !same(settings, progress.settings);
  const newProfile = takesProfile(progress.profile, incoming.profile, restore);

  // Default settings and a profile never answered hold nothing of the learner's to keep.
  const ownSettings = newSettings && !same(progress.settings, DEFAULT_SETTINGS);
  const ownProfile = newProfile && progress.profile.updatedAt !== undefined;
  const fields = [...(ownSettings ? ['settings'] : []), ...(ownProfile ? ['profile'] : [])];
  let replaced: Replaced | undefined;
  if (runs.replace.length + reflections.replace.length + fields.length > 0) {
    const copy = {
      runs: Object.fromEntries(runs.replace.map(([id, , here]) => [id, here])),
      reflections: Object.fromEntries(reflections.replace.map(([id, , here]) => [id, here])),
      ...(ownSettings ? { settings: progress.settings } : {}),
      ...(ownProfile ? { profile: progress.profile } : {}),
    };
    const fate: Fate = options.backup
      ? options.backup(backupText(copy, fileName, now))
      : { backupFailed: t('notices.problem.notKeeping') };
    const counts = { runs: runs.replace.length, reflections: reflections.replace.length };
    replaced = { ...counts, fields, fate };
  }
  const backedUp = replaced === undefined || 'backup' in replaced.fate;
  const merged = produceRuns(progress, (draft) => {
    for (const [id, run] of runs.add) draft.runs[id] = run;
    for (const [id, reflection] of reflections.add) draft.reflections[id] = reflection;
    if (!backedUp) return;
    for (const [id, run] of runs.replace) draft.runs[id] = run;
    for (const [id, reflection] of reflections.replace) draft.reflections[id] = reflection;
    if (settings && newSettings) draft.settings = settings;
    if (newProfile) draft.profile = incoming.profile;
  });
  // Logs nobody here recorded: every run is proven, whatever its contentHash claims.
  const everyScenario = {
    ids: Object.values(allRuns(merged)).map((r) => r.scenarioId),
    versions: [],
  };
  const proven = reconcile(merged, options.served ?? everyScenario, now, { prove: 'every' });

  const oldKey = new Map([...(renamed?.names ?? [])].map(([old, next]) => [next, old]));
  const inFile = (at: string) => {
    for (const field of ['runs', 'reflections'])
      for (const [next, old] of oldKey)
        if (at.startsWith(recordPath(field, next)))
          return recordPath(field, old) + at.slice(recordPath(field, next).length);
    return at;
  };
  const fileRecord = (r: (typeof reading.rejected)[number]) => {
    const at = inFile(r.at);
    return { ...source, path: at.startsWith('[') ? `progress${at}` : `progress.${at}` };
  };
  const rejected = reading.rejected.map((r) => ({
    notice: notice('record-invalid', fileRecord(r), {
      record: t('notices.record.inFile', { record: r.label }),
      problem: r.problem,
      fate: { skipped: true },
    }),
    example: r.label,
    fate: { skipped: true } as const,
    group: recordGroup(r),
  }));
  const notices = groupNotices(rejected);
  if (renamed && renamed.names.size > 0) {
    const examples = [...renamed.names]
      .slice(0, 3)
      .map(([old, next]) => `${shownId(old)} is now "${next}"`);
    notices.push(notice('runs-renamed', source, { count: renamed.names.size, examples }));
  }
  const summary = notice('import-merged', source, {
    ...(backedUp
      ? runs.tally
      : { ...runs.tally, updated: 0, kept: runs.tally.kept + runs.replace.length }),
    settings: newSettings && backedUp,
    reflections: backedUp
      ? reflections.tally
      : {
          ...reflections.tally,
          updated: 0,
          kept: reflections.tally.kept + reflections.replace.length,
        },
    profile: newProfile && backedUp,
    ...(replaced ? { replaced } : {}),
  });
  const backupKey = replaced && 'backup' in replaced.fate ? replaced.fate.backup : undefined;
  notices.push(backupKey ? { ...summary, backup: backupKey } : summary);
  return { progress: proven.progress, notices: [...notices, ...proven.notices].map(stamped) };
}
