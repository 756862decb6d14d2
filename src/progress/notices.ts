/**
 * Every notice this module can give the learner lives here, once, with its severity
 * and its plain-words message (as the compiler keeps its diagnostic codes in one
 * catalogue). A recovered problem is returned as a notice — data with a position —
 * so the UI can show it and tests can assert it; nothing is only logged.
 */
import type { LmsNoticeCode, NoticeSeverity, NoticeSource } from './notice-source';
import { GROUP_LIMIT, count, someOf } from './notice-words';
import { PROGRESS_VERSION } from './types';

export { GROUP_LIMIT };

export type { NoticeSource };

/** What became of data that could not be used. */
export type Fate =
  | { backup: string }
  | { backupFailed: string }
  /** Left out of an import: the file itself is the copy. */
  | { skipped: true };

function fateText(fate: Fate, damaged: string): string {
  if ('backup' in fate) return `An exact copy was kept in this browser under "${fate.backup}".`;
  if ('backupFailed' in fate)
    return `A copy could not be kept (${fate.backupFailed}), so ${damaged} will be replaced the next time your progress is saved.`;
  return 'It was left out of the import; the file itself is unchanged.';
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

const runLabel = (run: { scenarioId: string; startedAt: string }) =>
  `Your run of "${run.scenarioId}" started ${run.startedAt.slice(0, 10)}`;

/** Many records of one kind in one notice: how many, and the first few named. */
interface Many {
  count: number;
  examples: string[];
}

/** How many records an import added, updated, and kept as they were here. */
export interface Tally {
  added: number;
  updated: number;
  kept: number;
}

function reflectionsText(t: Tally | undefined): string {
  if (!t || t.added + t.updated + t.kept === 0) return '';
  return (
    ` Reflections: ${t.added} added, ${t.updated} updated from the file, ` +
    `${t.kept} kept as in this browser.`
  );
}

/** What an import replaced (or, with no backup possible, left alone), by kind. */
export interface Replaced {
  runs: number;
  reflections: number;
  /** `settings`, `profile`: one-record fields the file replaced. */
  fields: string[];
  fate: Fate;
}

function replacedText(r: Replaced | undefined): string {
  if (!r) return '';
  const parts = [
    ...(r.runs > 0 ? [plural(r.runs, 'run', 'runs')] : []),
    ...(r.reflections > 0 ? [plural(r.reflections, 'reflection', 'reflections')] : []),
    ...r.fields.map((f) => `your ${f}`),
  ];
  const what = someOf(parts, parts.length);
  if ('backup' in r.fate)
    return (
      ` Backed up first: ${what} as they were here, under "${r.fate.backup}" in this browser. ` +
      'To keep them as a file, use "Download the replaced records" on this notice; importing ' +
      'that file puts them back.'
    );
  const why = 'backupFailed' in r.fate ? r.fate.backupFailed : 'there is nowhere to keep one';
  return (
    ` Not replaced: ${what}, newer in the file, were left as they are here, because a backup of ` +
    `them could not be kept (${why}). Free some space in the browser and import the file again.`
  );
}

/** Message builders take the notice's source and the details of this occurrence. */
const NOTICES = {
  'storage-unavailable': {
    severity: 'warning',
    message: () =>
      'This browser is not letting Casebook save your progress (private browsing can do this). ' +
      'You can keep playing: your progress is kept until you close this tab. ' +
      'Export your progress to keep a copy.',
  },
  'storage-full': {
    severity: 'error',
    message: () =>
      "Your browser's storage is full, so your latest progress was not saved. " +
      'Nothing is lost while this tab stays open: export your progress to keep a copy, ' +
      'or free some space in the browser.',
  },
  'storage-corrupt': {
    severity: 'error',
    message: (_s: NoticeSource, d: { problem: string; fate: Fate }) =>
      `Your saved progress could not be read: ${d.problem}. ` +
      `${fateText(d.fate, 'the damaged data')} Casebook starts with empty progress.`,
  },
  'storage-foreign': {
    severity: 'error',
    message: (s: NoticeSource, d: { problem: string; fate: Fate }) =>
      `What is stored under "${s.name}" is not Casebook progress: ${d.problem}. ` +
      `${fateText(d.fate, 'it')} Casebook starts with empty progress.`,
  },
  'storage-future-version': {
    severity: 'warning',
    message: (_s: NoticeSource, d: { version: number }) =>
      `Your progress was saved by a newer version of Casebook (format ${d.version}; this one reads ` +
      `up to ${PROGRESS_VERSION}). It is left untouched. Reload the page to get the newer version; ` +
      'until then, what you do now is kept only while this tab is open.',
  },
  'storage-upgraded': {
    severity: 'info',
    message: (_s: NoticeSource, d: { from: number; fate: Fate }) =>
      `Casebook has been updated, and your saved progress was brought up to date with it ` +
      `(from format ${d.from} to ${PROGRESS_VERSION}). All of it was kept; you need not do anything. ` +
      ('backup' in d.fate
        ? `A copy of it as it was is kept in this browser under "${d.fate.backup}".`
        : 'backupFailed' in d.fate
          ? `A copy of it as it was could not be kept (${d.fate.backupFailed}).`
          : ''),
  },
  'storage-not-persistent': {
    severity: 'info',
    message: () =>
      'This browser has not agreed to keep your saved progress for good: it may clear it when ' +
      'it runs short of space. To be safe, export your progress from the library page now and ' +
      'then, and keep the file.',
  },
  'run-conflict': {
    severity: 'warning',
    message: (
      _s: NoticeSource,
      d: { run: { scenarioId: string; startedAt: string }; step: number; fate: Fate },
    ) =>
      `${runLabel(d.run)} was played in two tabs at once, and from choice ${d.step + 1} the tabs ` +
      'made different choices. Both tabs now show the one played last. ' +
      ('backup' in d.fate
        ? `The other is kept in this browser under "${d.fate.backup}"; use "Download the replaced records" on this notice to keep it as a file.`
        : `The other could not be kept (${'backupFailed' in d.fate ? d.fate.backupFailed : 'no copy was made'}).`),
  },
  'record-invalid': {
    severity: 'warning',
    message: (
      _s: NoticeSource,
      d: { record: string; problem: string; fate: Fate; instead?: string },
    ) =>
      `${d.record} could not be used: ${d.problem}. ${fateText(d.fate, 'it')} ` +
      `${d.instead ? `${d.instead} ` : ''}Everything else was loaded as usual.`,
  },
  'run-stale': {
    severity: 'warning',
    message: (
      _s: NoticeSource,
      d: { run: { scenarioId: string; startedAt: string }; step: number; event: string },
    ) =>
      `${runLabel(d.run)} was made on an earlier version of this scenario, and choice ` +
      `${d.step + 1} ("${d.event}") is no longer offered. The run is kept in your history, ` +
      'read-only; start again to play the new version.',
  },
  'run-continued': {
    severity: 'info',
    message: (_s: NoticeSource, d: { step: number; event: string }) =>
      `Your edit changed the scenario: choice ${d.step + 1} ("${d.event}") is no longer offered, ` +
      `so the run continues from decision ${d.step + 1}, the last point that still works. The run as it was is kept in the history.`,
  },
  'run-replayed': {
    severity: 'info',
    message: (_s: NoticeSource, d: { run: { scenarioId: string; startedAt: string } }) =>
      `"${d.run.scenarioId}" has changed since your run of it started ` +
      `${d.run.startedAt.slice(0, 10)}. All its choices still work in the new version, so the ` +
      'run was brought up to date and you can carry on.',
  },
  'run-unplayable': {
    severity: 'warning',
    message: (
      _s: NoticeSource,
      d: { run: { scenarioId: string; startedAt: string }; step: number; event: string },
    ) =>
      `${runLabel(d.run)} does not replay on this version of the scenario: choice ${d.step + 1} ` +
      `("${d.event}") is not one it offers at that point. The run is kept, with anything you wrote ` +
      'about it, in your history as read-only; start again to play the scenario.',
  },
  'runs-stale': {
    severity: 'warning',
    message: (_s: NoticeSource, d: Many) =>
      `${count(d.count)} of your runs were made on earlier versions of their scenarios and no ` +
      `longer replay: ${someOf(d.examples, d.count)}. They are kept in your history, read-only; ` +
      'start again to play the new versions.',
  },
  'runs-unplayable': {
    severity: 'warning',
    message: (_s: NoticeSource, d: Many) =>
      `${count(d.count)} of your runs do not replay on the scenarios as they are now: ` +
      `${someOf(d.examples, d.count)}. They are kept, with anything you wrote about them, in your ` +
      'history as read-only; start again to play the scenarios.',
  },
  'runs-replayed': {
    severity: 'info',
    message: (_s: NoticeSource, d: Many) =>
      `${count(d.count)} of your runs were made on earlier versions of their scenarios, and all ` +
      `their choices still work: ${someOf(d.examples, d.count)}. They were brought up to date and ` +
      'you can carry on.',
  },
  'scenario-missing': {
    severity: 'info',
    message: (s: NoticeSource, d: { runs: number; scenarios?: Many }) =>
      d.scenarios && d.scenarios.count > 1
        ? `${plural(d.runs, 'saved run belongs', 'saved runs belong')} to ${count(d.scenarios.count)} ` +
          `scenarios this course no longer has: ${someOf(d.scenarios.examples, d.scenarios.count)}. ` +
          'They are kept untouched in your progress.'
        : `${plural(d.runs, 'saved run belongs', 'saved runs belong')} to "${s.name}", which this ` +
          'course no longer has. They are kept untouched in your progress.',
  },
  'records-invalid': {
    severity: 'warning',
    message: (_s: NoticeSource, d: Many & { fate: Fate }) =>
      `${count(d.count)} records could not be used: ${someOf(d.examples, d.count)}. ` +
      `${fateText(d.fate, 'them')} Everything else was loaded as usual.`,
  },
  'runs-renamed': {
    severity: 'info',
    message: (s: NoticeSource, d: Many) =>
      `${plural(d.count, 'run', 'runs')} in "${s.name}" had ${d.count === 1 ? 'an id' : 'ids'} that ` +
      `cannot be part of a link, so ${d.count === 1 ? 'it was' : 'they were'} given new ones: ` +
      `${someOf(d.examples, d.count)}. Reflections on ${d.count === 1 ? 'it' : 'them'} moved with ` +
      `${d.count === 1 ? 'it' : 'them'}; importing the same file again gives the same new ids.`,
  },
  'import-invalid': {
    severity: 'error',
    message: (s: NoticeSource, d: { problem: string }) =>
      `"${s.name}" could not be imported: ${d.problem}. Your current progress is unchanged.`,
  },
  'import-future-version': {
    severity: 'error',
    message: (s: NoticeSource, d: { version: number }) =>
      `"${s.name}" was exported by a newer version of Casebook (format ${d.version}; this one ` +
      `reads up to ${PROGRESS_VERSION}). Nothing was imported; your current progress is unchanged.`,
  },
  'import-merged': {
    severity: 'info',
    message: (
      s: NoticeSource,
      d: {
        added: number;
        updated: number;
        kept: number;
        settings: boolean;
        /** Absent, or all zero, when the file had no reflections that differ from these. */
        reflections?: Tally;
        profile?: boolean;
        /** What the file replaced here, and where the copy of it went. */
        replaced?: Replaced;
      },
    ) =>
      `Imported "${s.name}": ${plural(d.added, 'new run', 'new runs')} added, ` +
      `${plural(d.updated, 'run', 'runs')} updated from the file, ` +
      `${plural(d.kept, 'run', 'runs')} kept as in this browser, since the file's copy is not newer.` +
      reflectionsText(d.reflections) +
      (d.settings ? ' Your settings were taken from the file.' : '') +
      (d.profile ? ' Your learner profile was taken from the file, as it is newer.' : '') +
      replacedText(d.replaced),
  },
} as const satisfies Record<
  string,
  { severity: NoticeSeverity; message: (source: NoticeSource, details: never) => string }
>;

/** Every code: this catalogue's, and the LMS notices' (`lms-notices.ts`, loaded only by a package for an LMS). */
export type NoticeCode = keyof typeof NOTICES | LmsNoticeCode;

/** Something the learner should know about their progress: what happened and what was kept. */
export interface Notice {
  /** Stable for the same occurrence, so the UI can list and dismiss notices by id. */
  id: string;
  code: NoticeCode;
  severity: NoticeSeverity;
  /** What happened and what was kept, in plain words. */
  message: string;
  source: NoticeSource;
  /** The storage key of a copy of what was replaced, which the learner can download. */
  backup?: string;
}

type CatalogueCode = keyof typeof NOTICES;

type Details<C extends CatalogueCode> =
  Parameters<(typeof NOTICES)[C]['message']> extends [NoticeSource, infer D] ? [D] : [];

/** Build a notice; its severity and message come from the catalogue. */
export function notice<C extends CatalogueCode>(
  code: C,
  source: NoticeSource,
  ...details: Details<C>
): Notice {
  const entry = NOTICES[code];
  const message = (entry.message as (s: NoticeSource, d?: unknown) => string)(source, details[0]);
  const where = source.path === undefined ? '' : `#${source.path}`;
  return {
    id: `${code}@${source.kind}:${source.name}${where}`,
    code,
    severity: entry.severity,
    message,
    source,
  };
}
