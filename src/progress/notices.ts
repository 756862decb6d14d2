/**
 * Every notice this module can give the learner lives here, once, with its severity
 * and its plain-words message, looked up in the learner's language when the notice is
 * made (catalog `notices.json`) (as the compiler keeps its diagnostic codes in one
 * catalogue). A recovered problem is returned as a notice — data with a position —
 * so the UI can show it and tests can assert it; nothing is only logged.
 */
import type { LmsNoticeCode, NoticeSeverity, NoticeSource } from './notice-source';
import { t } from '../i18n';
import { GROUP_LIMIT, count, someOf } from './notice-words';
import { PROGRESS_VERSION } from './types';
import { worded } from './notice-wording';

export { GROUP_LIMIT };

export type { NoticeSource };

/** What became of data that could not be used. */
export type Fate =
  | { backup: string }
  | { backupFailed: string }
  /** Left out of an import: the file itself is the copy. */
  | { skipped: true };

function fateText(fate: Fate, damaged: 'data' | 'it' | 'them'): string {
  if ('backup' in fate) return t('notices.fate.backup', { backup: fate.backup });
  if ('backupFailed' in fate)
    return t('notices.fate.backupFailed', { why: fate.backupFailed, damaged });
  return t('notices.fate.skipped');
}

/** A saved run as the learner knows it: its scenario and the day it started. */
const runValues = (run: { scenarioId: string; startedAt: string }) => ({
  scenario: run.scenarioId,
  day: run.startedAt.slice(0, 10),
});

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

function reflectionsText(tally: Tally | undefined): string {
  if (!tally || tally.added + tally.updated + tally.kept === 0) return '';
  return t('notices.tally.reflections', {
    added: count(tally.added),
    updated: count(tally.updated),
    kept: count(tally.kept),
  });
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
    ...(r.runs > 0 ? [t('notices.replaced.runs', { count: r.runs })] : []),
    ...(r.reflections > 0 ? [t('notices.replaced.reflections', { count: r.reflections })] : []),
    ...r.fields.map((field) => t('notices.replaced.field', { field })),
  ];
  const what = someOf(parts, parts.length);
  if ('backup' in r.fate) return t('notices.replaced.backedUp', { what, backup: r.fate.backup });
  const why = 'backupFailed' in r.fate ? r.fate.backupFailed : t('notices.replaced.nowhere');
  return t('notices.replaced.notReplaced', { what, why });
}

const current = () => count(PROGRESS_VERSION);

/** Message builders take the notice's source and the details of this occurrence; words come from the catalog when called. */
const NOTICES = {
  'storage-unavailable': {
    severity: 'warning',
    message: () => t('notices.storage-unavailable'),
  },
  'storage-full': {
    severity: 'error',
    message: () => t('notices.storage-full'),
  },
  'storage-corrupt': {
    severity: 'error',
    message: (_s: NoticeSource, d: { problem: string; fate: Fate }) =>
      t('notices.storage-corrupt', { problem: d.problem, fate: fateText(d.fate, 'data') }),
  },
  'storage-foreign': {
    severity: 'error',
    message: (s: NoticeSource, d: { problem: string; fate: Fate }) =>
      t('notices.storage-foreign', {
        name: s.name,
        problem: d.problem,
        fate: fateText(d.fate, 'it'),
      }),
  },
  'storage-future-version': {
    severity: 'warning',
    message: (_s: NoticeSource, d: { version: number }) =>
      t('notices.storage-future-version', { version: count(d.version), current: current() }),
  },
  'storage-upgraded': {
    severity: 'info',
    message: (_s: NoticeSource, d: { from: number; fate: Fate }) =>
      t('notices.storage-upgraded', { from: count(d.from), current: current() }) +
      ('backup' in d.fate
        ? t('notices.storage-upgraded.backup', { backup: d.fate.backup })
        : 'backupFailed' in d.fate
          ? t('notices.storage-upgraded.backupFailed', { why: d.fate.backupFailed })
          : ''),
  },
  'storage-not-persistent': {
    severity: 'info',
    message: () => t('notices.storage-not-persistent'),
  },
  'run-conflict': {
    severity: 'warning',
    message: (
      _s: NoticeSource,
      d: { run: { scenarioId: string; startedAt: string }; step: number; fate: Fate },
    ) =>
      t('notices.run-conflict', { ...runValues(d.run), choice: count(d.step + 1) }) +
      ('backup' in d.fate
        ? t('notices.run-conflict.backup', { backup: d.fate.backup })
        : t('notices.run-conflict.backupFailed', {
            why: 'backupFailed' in d.fate ? d.fate.backupFailed : t('notices.run-conflict.noCopy'),
          })),
  },
  'record-invalid': {
    severity: 'warning',
    message: (
      _s: NoticeSource,
      d: { record: string; problem: string; fate: Fate; instead?: string },
    ) => {
      const values = { record: d.record, problem: d.problem, fate: fateText(d.fate, 'it') };
      return d.instead
        ? t('notices.record-invalid.instead', { ...values, instead: d.instead })
        : t('notices.record-invalid', values);
    },
  },
  'run-stale': {
    severity: 'warning',
    message: (
      _s: NoticeSource,
      d: { run: { scenarioId: string; startedAt: string }; step: number; event: string },
    ) =>
      t('notices.run-stale', {
        ...runValues(d.run),
        choice: count(d.step + 1),
        event: d.event,
      }),
  },
  'run-continued': {
    severity: 'info',
    message: (_s: NoticeSource, d: { step: number; event: string }) =>
      t('notices.run-continued', { choice: count(d.step + 1), event: d.event }),
  },
  'run-replayed': {
    severity: 'info',
    message: (_s: NoticeSource, d: { run: { scenarioId: string; startedAt: string } }) =>
      t('notices.run-replayed', runValues(d.run)),
  },
  'run-unplayable': {
    severity: 'warning',
    message: (
      _s: NoticeSource,
      d: { run: { scenarioId: string; startedAt: string }; step: number; event: string },
    ) =>
      t('notices.run-unplayable', {
        ...runValues(d.run),
        choice: count(d.step + 1),
        event: d.event,
      }),
  },
  'runs-stale': {
    severity: 'warning',
    message: (_s: NoticeSource, d: Many) => t('notices.runs-stale', manyValues(d)),
  },
  'runs-unplayable': {
    severity: 'warning',
    message: (_s: NoticeSource, d: Many) => t('notices.runs-unplayable', manyValues(d)),
  },
  'runs-replayed': {
    severity: 'info',
    message: (_s: NoticeSource, d: Many) => t('notices.runs-replayed', manyValues(d)),
  },
  'scenario-missing': {
    severity: 'info',
    message: (s: NoticeSource, d: { runs: number; scenarios?: Many }) =>
      d.scenarios && d.scenarios.count > 1
        ? t('notices.scenario-missing.many', {
            runs: d.runs,
            scenarios: count(d.scenarios.count),
            examples: someOf(d.scenarios.examples, d.scenarios.count),
          })
        : t('notices.scenario-missing.one', { runs: d.runs, name: s.name }),
  },
  'records-invalid': {
    severity: 'warning',
    message: (_s: NoticeSource, d: Many & { fate: Fate }) =>
      t('notices.records-invalid', { ...manyValues(d), fate: fateText(d.fate, 'them') }),
  },
  'runs-renamed': {
    severity: 'info',
    message: (s: NoticeSource, d: Many) =>
      t('notices.runs-renamed', {
        count: d.count,
        name: s.name,
        examples: someOf(d.examples, d.count),
      }),
  },
  'import-invalid': {
    severity: 'error',
    message: (s: NoticeSource, d: { problem: string }) =>
      t('notices.import-invalid', { name: s.name, problem: d.problem }),
  },
  'import-future-version': {
    severity: 'error',
    message: (s: NoticeSource, d: { version: number }) =>
      t('notices.import-future-version', {
        name: s.name,
        version: count(d.version),
        current: current(),
      }),
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
      t('notices.import-merged', {
        name: s.name,
        added: d.added,
        updated: d.updated,
        kept: d.kept,
      }) +
      reflectionsText(d.reflections) +
      (d.settings ? t('notices.import-merged.settings') : '') +
      (d.profile ? t('notices.import-merged.profile') : '') +
      replacedText(d.replaced),
  },
} as const satisfies Record<
  string,
  { severity: NoticeSeverity; message: (source: NoticeSource, details: never) => string }
>;

function manyValues(d: Many) {
  return { count: count(d.count), examples: someOf(d.examples, d.count) };
}

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
  const word = () =>
    (entry.message as (s: NoticeSource, d?: unknown) => string)(source, details[0]);
  const where = source.path === undefined ? '' : `#${source.path}`;
  const made: Notice = {
    id: `${code}@${source.kind}:${source.name}${where}`,
    code,
    severity: entry.severity,
    message: word(),
    source,
  };
  return worded(made, word);
}
