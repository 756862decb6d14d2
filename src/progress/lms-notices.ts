/**
 * The notices about a learning platform (an LMS, through SCORM) that keeps a copy of the
 * learner's progress: what it refused, what did not fit in the little room it gives, and
 * what Casebook did instead. Part of the notice catalogue (their codes are in
 * `notice-source.ts`, so `NoticeCode` has them); kept apart because only a package built for
 * an LMS raises them, and the first screen of every other build must not carry their words. Each says that the
 * browser still has everything, since that is what the learner needs to know first.
 */
import type { LmsNoticeCode, NoticeSeverity, NoticeSource } from './notice-source';
import { count } from './notice-words';

const KEPT = 'Everything is kept in this browser.';

const LMS_NOTICES = {
  'lms-missing': {
    severity: 'warning',
    message: () =>
      'This course was not opened from a learning platform (LMS) that Casebook could reach, so ' +
      'your completion, score and choices are not being recorded there. ' +
      `${KEPT} To have them recorded, open the course again from your LMS.`,
  },
  'lms-refused': {
    severity: 'error',
    message: (_s: NoticeSource, d: { element: string; code: string; text: string }) =>
      `Your learning platform refused to record ${d.element} (its error ${d.code}` +
      `${d.text ? `: ${d.text}` : ''}). ${KEPT} If this goes on, tell whoever runs your LMS.`,
  },
  'lms-reflections-dropped': {
    severity: 'info',
    message: (_s: NoticeSource, d: { limit: number }) =>
      `Your reflections and action plan are too long for the room your learning platform gives ` +
      `this course (${count(d.limit)} characters), so it keeps your run without them. ` +
      `${KEPT} On another computer you can resume the run, but your notes stay here.`,
  },
  'lms-run-too-long': {
    severity: 'warning',
    message: (_s: NoticeSource, d: { limit: number }) =>
      `This run is too long for the room your learning platform gives this course ` +
      `(${count(d.limit)} characters), so it cannot keep a copy to resume from on another ` +
      `computer. ${KEPT} Your choices, completion and score are still recorded.`,
  },
  'lms-data-unreadable': {
    severity: 'warning',
    message: (_s: NoticeSource, d: { problem: string }) =>
      `What your learning platform kept of your progress could not be read (${d.problem}), so ` +
      `Casebook carries on with what this browser has. ${KEPT}`,
  },
} as const satisfies Record<
  LmsNoticeCode,
  { severity: NoticeSeverity; message: (source: NoticeSource, details: never) => string }
>;

type Details<C extends LmsNoticeCode> =
  Parameters<(typeof LMS_NOTICES)[C]['message']> extends [NoticeSource, infer D] ? [D] : [];

/** Build an LMS notice, as `notice` builds the others (the same id, severity and message). */
export function lmsNotice<C extends LmsNoticeCode>(
  code: C,
  source: NoticeSource,
  ...details: Details<C>
) {
  const entry = LMS_NOTICES[code];
  const message = (entry.message as (s: NoticeSource, d?: unknown) => string)(source, details[0]);
  const where = source.path === undefined ? '' : `#${source.path}`;
  return {
    id: `${code}@${source.kind}:${source.name}${where}`,
    code,
    severity: entry.severity as NoticeSeverity,
    message,
    source,
  };
}
