/**
 * Timed decisions (format v1.1): a scene may carry one XState delayed transition,
 * `"after": { "45000": { … } }`. It is read here into an ordinary event named
 * `TIME_UP` with a `timeout`, so linking, guards, the analysis and the debrief treat
 * letting the time run out as one more choice. No clock exists in the compiled
 * scenario: the UI sends `TIME_UP`, and the run log records it.
 */
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { describe, member, members, nodeRange, type JsonNode } from './json';
import type { SourceFile } from './source';
import { readTransitions, type TransitionModel } from './transitions';
import { q } from './quote';

/** The event a timed decision compiles to; an author may not write it in `on`. */
export const TIME_UP = 'TIME_UP';

/** Shortest and longest delay, in ms: under 5 s nobody can read the scene; over 10 min is no pressure. */
export const TIMEOUT_BOUNDS = { min: 5_000, max: 600_000 } as const;

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
  const report = (code: Parameters<typeof diagnostic>[0], at: JsonNode, message: string) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
  if (state.final || state.hasAlways) {
    report(
      'CB217',
      after,
      `${q(stateId)} ${state.final ? 'is an ending, where the run has stopped' : 'routes at once with "always", so no learner ever sees it'}: a timer there would never run. Put "after" on a scene where the learner is deciding.`,
    );
    return undefined;
  }
  if (after.type !== 'object' || members(after).length !== 1) {
    report(
      'CB216',
      after,
      `"after" must hold exactly one delay in milliseconds, e.g. "after": { "45000": { "target": "…" } } for 45 seconds, not ${after.type === 'object' ? `${String(members(after).length)} entries` : describe(after)}. A scene has one clock.`,
    );
    return undefined;
  }
  const { key, keyNode, value } = members(after)[0] as ReturnType<typeof members>[number];
  const ms = /^[1-9][0-9]*$/.test(key) ? Number(key) : NaN;
  if (!Number.isSafeInteger(ms) || ms < TIMEOUT_BOUNDS.min || ms > TIMEOUT_BOUNDS.max) {
    report(
      'CB216',
      keyNode,
      `The delay ${q(key)} must be a whole number of milliseconds from ${String(TIMEOUT_BOUNDS.min)} (5 seconds) to ${String(TIMEOUT_BOUNDS.max)} (10 minutes), e.g. "45000" for 45 seconds.`,
    );
    return undefined;
  }
  const guard = value.type === 'object' ? member(value, 'guard') : undefined;
  if (value.type === 'array' || guard) {
    report(
      'CB218',
      guard ?? value,
      `When the time runs out in ${q(stateId)} exactly one thing happens, so "after" takes one { "target", "actions", "meta" } with no "guard" and no list of alternatives. To make the outcome depend on earlier choices, send it to a routing state whose "always" routes have the guards.`,
    );
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
      `"TIME_UP" is the event a timer sends, so ${q(stateId)} cannot offer it as a choice in "on". For a timed decision write "after": { "45000": { "target": "…" } } on the state; otherwise rename this choice.`,
    ),
  );
}
