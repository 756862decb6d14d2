/**
 * What the cmi5 runtime tells the learner, as data with a code (as src/progress keeps its
 * notices): the launch it could not use, the learning system it could not reach, a
 * statement it could not send. Every message says what is kept — the run is always saved
 * in this browser — and what to do. `source.name` says where, as data: a launch parameter,
 * a step of the launch (`LaunchStep`), or the statement not sent (`sentName`). The words come
 * from the `delivery` area, and each notice keeps the function that words them
 * (`worded`), so one already on screen follows a change of language.
 */
import { t } from '../../i18n';
import '../../i18n/areas/delivery';
import { worded } from '../../progress';

export type Cmi5NoticeCode = keyof typeof CMI5_NOTICES;

export interface Cmi5Notice {
  /** Stable for the same occurrence, so the UI can list and dismiss notices by id. */
  id: string;
  code: Cmi5NoticeCode;
  severity: 'info' | 'warning' | 'error';
  /** The words it was made with; `noticeMessage` words it in the language shown now. */
  message: string;
  source: { kind: 'launch' | 'statement'; name: string };
}

/** The steps of a launch that can fail, named as data (`source.name` of `cmi5-launch-failed`). */
export type LaunchStep = 'launch-data' | 'token' | 'start' | 'lrs';

/** A statement the LRS may not take, as `Sender` is told it. */
export type Sent =
  | { kind: 'decision'; number: number; label: string }
  | { kind: 'completion' }
  | { kind: 'result'; verb: 'passed' | 'failed' }
  | { kind: 'end' };

/** A statement's name as data, for a notice's id. */
export function sentName(sent: Sent): string {
  if (sent.kind === 'decision') return `decision-${sent.number}`;
  return sent.kind === 'result' ? `result-${sent.verb}` : sent.kind;
}

function sentWords(sent: Sent): string {
  switch (sent.kind) {
    case 'decision':
      return t('delivery.cmi5.sent.decision', { number: sent.number, label: sent.label });
    case 'completion':
      return t('delivery.cmi5.sent.completion');
    case 'result':
      return t('delivery.cmi5.sent.result', { verb: sent.verb });
    case 'end':
      return t('delivery.cmi5.sent.end');
  }
}

const STEP_IDS = {
  'launch-data': 'delivery.cmi5.step.launch-data',
  token: 'delivery.cmi5.step.token',
  start: 'delivery.cmi5.step.start',
  lrs: 'delivery.cmi5.step.lrs',
} as const satisfies Record<LaunchStep, string>;

const stepWords = (name: string) =>
  Object.hasOwn(STEP_IDS, name) ? t(STEP_IDS[name as LaunchStep]) : name;

export const CMI5_NOTICES = {
  'cmi5-not-launched': {
    severity: 'warning',
    message: (name: string) => t('delivery.cmi5.not-launched', { missing: name }),
  },
  'cmi5-launch-failed': {
    severity: 'error',
    message: (name: string) => t('delivery.cmi5.launch-failed', { step: stepWords(name) }),
  },
  'cmi5-no-scenario': {
    severity: 'error',
    message: (name: string) => t('delivery.cmi5.no-scenario', { scenario: name }),
  },
  'cmi5-send-failed': {
    severity: 'warning',
    message: (_name: string, sent?: Sent) =>
      t('delivery.cmi5.send-failed', { what: sent ? sentWords(sent) : _name }),
  },
  'cmi5-not-recorded': {
    severity: 'info',
    message: (name: string) => t('delivery.cmi5.not-recorded', { mode: name }),
  },
  'cmi5-session-ended': {
    severity: 'info',
    message: () => t('delivery.cmi5.session-ended'),
  },
} as const satisfies Record<
  string,
  { severity: Cmi5Notice['severity']; message: (name: string, sent?: Sent) => string }
>;

/** A notice of `code` about `source`; `sent` is the statement a `cmi5-send-failed` is about. */
export function cmi5Notice(
  code: Cmi5NoticeCode,
  source: Cmi5Notice['source'],
  sent?: Sent,
): Cmi5Notice {
  const entry = CMI5_NOTICES[code];
  const word = () => (entry.message as (name: string, sent?: Sent) => string)(source.name, sent);
  return worded(
    {
      id: `${code}@${source.kind}:${source.name}`,
      code,
      severity: entry.severity,
      message: word(),
      source,
    },
    word,
  );
}
