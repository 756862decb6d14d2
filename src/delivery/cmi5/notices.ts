/**
 * What the cmi5 runtime tells the learner, as data with a code (as src/progress keeps its
 * notices): the launch it could not use, the learning system it could not reach, a
 * statement it could not send. Every message says what is kept — the run is always saved
 * in this browser — and what to do. `source.name` says where: a launch parameter, a step
 * of the launch, or a statement's verb and decision.
 */
export type Cmi5NoticeCode = keyof typeof CMI5_NOTICES;

export interface Cmi5Notice {
  /** Stable for the same occurrence, so the UI can list and dismiss notices by id. */
  id: string;
  code: Cmi5NoticeCode;
  severity: 'info' | 'warning' | 'error';
  message: string;
  source: { kind: 'launch' | 'statement'; name: string };
}

const KEPT = 'Your runs are saved in this browser as usual.';

export const CMI5_NOTICES = {
  'cmi5-not-launched': {
    severity: 'warning',
    message: (name: string) =>
      `This course was not opened by a learning system (the launch is missing: ${name}), so ` +
      `nothing you do here is reported. ${KEPT} Open the course from your learning system to have it recorded.`,
  },
  'cmi5-launch-failed': {
    severity: 'error',
    message: (name: string) =>
      `Casebook could not connect to your learning system (${name} failed), so this session is ` +
      `not reported. ${KEPT} Close this window and open the course again from your learning system.`,
  },
  'cmi5-no-scenario': {
    severity: 'error',
    message: (name: string) =>
      `This course was launched for a scenario it does not have ("${name}"), so nothing is ` +
      `reported. ${KEPT} Ask your learning team to check the course package.`,
  },
  'cmi5-send-failed': {
    severity: 'warning',
    message: (name: string) =>
      `Your learning system did not take the record of ${name}. Casebook tries again with your ` +
      `next step and when you leave. ${KEPT}`,
  },
  'cmi5-not-recorded': {
    severity: 'info',
    message: (name: string) =>
      `Your learning system opened this course to ${name}: your choices are reported, but not ` +
      'a completion or a score.',
  },
  'cmi5-session-ended': {
    severity: 'info',
    message: () =>
      'Your learning system has recorded this session as finished. You can keep playing here; ' +
      `further runs are not reported. ${KEPT}`,
  },
} as const satisfies Record<
  string,
  { severity: Cmi5Notice['severity']; message: (name: string) => string }
>;

export function cmi5Notice(code: Cmi5NoticeCode, source: Cmi5Notice['source']): Cmi5Notice {
  const entry = CMI5_NOTICES[code];
  return {
    id: `${code}@${source.kind}:${source.name}`,
    code,
    severity: entry.severity,
    message: entry.message(source.name),
    source,
  };
}
