/**
 * The notices about a learning platform (an LMS, through SCORM) that keeps a copy of the
 * learner's progress: what it refused, what did not fit in the little room it gives, and
 * what Casebook did instead. Part of the notice catalogue (their codes are in
 * `notice-source.ts`, so `NoticeCode` has them); kept apart because only a package built for
 * an LMS raises them, and their words are the `delivery` area's, not the first screen's. Each says that the
 * browser still has everything, since that is what the learner needs to know first.
 */
import type { LmsNoticeCode, NoticeSeverity, NoticeSource } from './notice-source';
import { t } from '../i18n';
import '../i18n/areas/delivery';
import { count } from './notice-words';
import { worded } from './notice-wording';

const LMS_NOTICES = {
  'lms-missing': {
    severity: 'warning',
    message: () => t('delivery.lms-missing'),
  },
  'lms-refused': {
    severity: 'error',
    message: (_s: NoticeSource, d: { element: string; code: string; text: string }) =>
      d.text
        ? t('delivery.lms-refused.text', { element: d.element, code: d.code, text: d.text })
        : t('delivery.lms-refused', { element: d.element, code: d.code }),
  },
  'lms-reflections-dropped': {
    severity: 'info',
    message: (_s: NoticeSource, d: { limit: number }) =>
      t('delivery.lms-reflections-dropped', { limit: count(d.limit) }),
  },
  'lms-run-too-long': {
    severity: 'warning',
    message: (_s: NoticeSource, d: { limit: number }) =>
      t('delivery.lms-run-too-long', { limit: count(d.limit) }),
  },
  'lms-data-unreadable': {
    severity: 'warning',
    message: (_s: NoticeSource, d: { problem: string }) =>
      t('delivery.lms-data-unreadable', { problem: d.problem }),
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
  const word = () =>
    (entry.message as (s: NoticeSource, d?: unknown) => string)(source, details[0]);
  const where = source.path === undefined ? '' : `#${source.path}`;
  const made = {
    id: `${code}@${source.kind}:${source.name}${where}`,
    code,
    severity: entry.severity as NoticeSeverity,
    message: word(),
    source,
  };
  return worded(made, word);
}
