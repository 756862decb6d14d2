/**
 * Keys in machine.json that format v1 does not have: XState features a scenario
 * cannot use (they would run code or break "one scene at a time") get an
 * explanation; anything else is treated as a typo and gets a "did you mean".
 */
import type { Diagnostic, Wording } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { members, nodeRange, type JsonNode } from './json';
import type { SourceFile } from './source';
import { oneOfNames, suggestion } from './suggest';
import { phrase, words, type DiagnosticId } from '../i18n/diagnostic-words';
import { q } from './quote';

/** A `Map`, so that a key named `constructor` or `__proto__` finds nothing. */
const UNSUPPORTED: ReadonlyMap<string, DiagnosticId> = new Map(
  Object.entries({
    invoke: 'diagnostics.CB206.reason.invoke',
    entry: 'diagnostics.CB206.reason.entry',
    exit: 'diagnostics.CB206.reason.exit',
    after: 'diagnostics.CB206.reason.after',
    states: 'diagnostics.CB206.reason.states',
    initial: 'diagnostics.CB206.reason.initial',
    history: 'diagnostics.CB206.reason.history',
    tags: 'diagnostics.CB206.reason.tags',
    output: 'diagnostics.CB206.reason.output',
    id: 'diagnostics.CB206.reason.id',
    on: 'diagnostics.CB206.reason.on',
    always: 'diagnostics.CB206.reason.always',
    type: 'diagnostics.CB206.reason.type',
    cond: 'diagnostics.CB206.reason.cond',
    reenter: 'diagnostics.CB206.reason.reenter',
    internal: 'diagnostics.CB206.reason.internal',
    in: 'diagnostics.CB206.reason.in',
    schemas: 'diagnostics.CB206.reason.schemas',
    types: 'diagnostics.CB206.reason.types',
    predictableActionArguments: 'diagnostics.CB206.reason.v4Option',
    preserveActionOrder: 'diagnostics.CB206.reason.v4Option',
  } satisfies Record<string, DiagnosticId>),
);

/** Allowed but not listed: `$schema` is editor plumbing; `after` (timed decisions) keeps v1 messages unchanged. */
const UNLISTED: ReadonlySet<string> = new Set(['$schema', 'after']);

/**
 * How a message names a place in machine.json ("the state "x"", "the top of machine.json"),
 * in the form the sentence needs: `subject` starts it (capitalised in English, nominative in
 * German), `in` says where a key is (English writes "in" in the message, German "im Zustand"
 * in the phrase), `of` follows "of" (genitive in German).
 */
type PlaceForm = 'subject' | 'in' | 'of';
export type Place = (form: PlaceForm) => Wording;

export function rejectKeys(
  file: SourceFile,
  node: JsonNode,
  allowed: string[],
  where: Place,
  diagnostics: Diagnostic[],
): void {
  for (const { key, keyNode } of members(node)) {
    if (allowed.includes(key)) continue;
    const reason = UNSUPPORTED.get(key);
    const range = nodeRange(file, keyNode);
    if (reason && key !== 'meta') {
      diagnostics.push(
        diagnostic(
          'CB206',
          file.path,
          range,
          words('diagnostics.CB206.unsupported', {
            key: q(key),
            where: where('in'),
            reason: phrase(reason),
          }),
        ),
      );
    } else {
      diagnostics.push(
        diagnostic(
          'CB210',
          file.path,
          range,
          words('diagnostics.CB210.unknownKey', {
            where: where('subject'),
            key: q(key),
            suggestion: suggestion(key, allowed),
            allowed: oneOfNames(allowed.filter((k) => !UNLISTED.has(k))),
          }),
        ),
      );
    }
  }
}
