/**
 * Timed decisions (format v1.1): a scene may carry one XState delayed transition,
 * `"after": { "45000": { … } }`. It is read here into an ordinary event named
 * `TIME_UP` with a `timeout`, so linking, guards, the analysis and the debrief treat
 * letting the time run out as one more choice. No clock exists in the compiled
 * scenario: the UI sends `TIME_UP`, and the run log records it.
 */
import type { Diagnostic, Worded } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { describeNode, member, members, nodeRange, type JsonNode } from './json';
import type { SourceFile } from './source';
import { readTransitions, type TransitionModel } from './transitions';
import { q } from './quote';
import { phrase, words } from '../i18n/diagnostic-words';

/** The event a timed decision compiles to; an author may not write it in `on`. */
export const TIME_UP = 'TIME_UP';

/** Shortest and longest delay, in ms: under 5 s nobody can read the scene; over 10 min is no pressure. */
const TIMEOUT_BOUNDS = { min: 5_000, max: 600_000 } as const;

export interface TimedEvent {
  event: string;
  keyNode: JsonNode;
  transitions: TransitionModel[];
  timeout: number;
}

export function readAfter(
  file: SourceFile,
  stateId: string,
  state: { final: boolean; hasAlways: boolean },
  after: JsonNode,
  diagnostics: Diagnostic[],
): TimedEvent | undefined {
  const report = (code: Parameters<typeof diagnostic>[0], at: JsonNode, message: Worded) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
  if (state.final || state.hasAlways) {
    report(
      'CB217',
      after,
      words('diagnostics.CB217.noLearner', {
        state: q(stateId),
        kind: state.final ? 'ending' : 'router',
      }),
    );
    return undefined;
  }
  if (after.type !== 'object' || members(after).length !== 1) {
    report(
      'CB216',
      after,
      words('diagnostics.CB216.notOne', {
        found:
          after.type === 'object'
            ? phrase('diagnostics.CB216.entries', { count: String(members(after).length) })
            : describeNode(after),
      }),
    );
    return undefined;
  }
  const { key, keyNode, value } = members(after)[0] as ReturnType<typeof members>[number];
  const ms = /^[1-9][0-9]*$/.test(key) ? Number(key) : NaN;
  if (!Number.isSafeInteger(ms) || ms < TIMEOUT_BOUNDS.min || ms > TIMEOUT_BOUNDS.max) {
    report(
      'CB216',
      keyNode,
      words('diagnostics.CB216.delay', {
        delay: q(key),
        min: String(TIMEOUT_BOUNDS.min),
        max: String(TIMEOUT_BOUNDS.max),
      }),
    );
    return undefined;
  }
  const guard = value.type === 'object' ? member(value, 'guard') : undefined;
  if (value.type === 'array' || guard) {
    report('CB218', guard ?? value, words('diagnostics.CB218.oneOutcome', { state: q(stateId) }));
    return undefined;
  }
  return {
    event: TIME_UP,
    keyNode,
    transitions: readTransitions(file, value, { state: stateId, event: TIME_UP }, diagnostics),
    timeout: ms,
  };
}

/** `on.TIME_UP` written by hand: the name belongs to the timer. */
export function handWrittenTimeUp(
  file: SourceFile,
  stateId: string,
  keyNode: JsonNode,
  diagnostics: Diagnostic[],
): void {
  diagnostics.push(
    diagnostic(
      'CB219',
      file.path,
      nodeRange(file, keyNode),
      words('diagnostics.CB219.handWritten', { state: q(stateId) }),
    ),
  );
}
