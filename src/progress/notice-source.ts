/**
 * What every part of the notice catalogue names: where a notice points, how grave it is,
 * and the codes of the LMS notices (their words are in `lms-notices.ts`, which only a
 * package built for an LMS loads, so the first screen does not carry them).
 */
export type NoticeSeverity = 'info' | 'warning' | 'error';

export type LmsNoticeCode =
  | 'lms-missing'
  | 'lms-refused'
  | 'lms-reflections-dropped'
  | 'lms-run-too-long'
  | 'lms-data-unreadable';

/** Where the notice comes from: a storage key, an import file name, a scenario id, or the LMS (by scenario id). */
export interface NoticeSource {
  kind: 'storage' | 'import' | 'scenario' | 'lms';
  name: string;
  /** A JSON path inside that source, e.g. `runs["r-123"].events[2]`. */
  path?: string;
}
