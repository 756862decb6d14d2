/**
 * Keys in machine.json that format v1 does not have: XState features a scenario
 * cannot use (they would run code or break "one scene at a time") get an
 * explanation; anything else is treated as a typo and gets a "did you mean".
 */
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { members, nodeRange, type JsonNode } from './json';
import type { SourceFile } from './source';
import { didYouMean, oneOf } from './suggest';
import { q } from './quote';

/** A `Map`, so that a key named `constructor` or `__proto__` finds nothing. */
const UNSUPPORTED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    invoke: 'Invoked services run code; scenarios cannot. Model the outcome as choices and states.',
    entry:
      'Entry actions are not supported: put "actions" on the transitions that lead into the state.',
    exit: 'Exit actions are not supported: put "actions" on the transitions that leave the state.',
    after:
      'Only a scene can have a timer: put "after": { "45000": { "target": "…" } } on the state that is under the clock.',
    states:
      'Nested states are not supported: a scenario is one flat list of scenes. Move these states up into the top-level "states".',
    initial: 'Only the machine has an "initial" state; nested states are not supported.',
    history: 'History states are not supported.',
    tags: 'Tags are not supported; use "meta" for notes.',
    output: 'State output is not supported; endings use "meta": { "outcome": … }.',
    id: 'State ids are not supported; refer to a state by its key in "states".',
    on: 'Events on the whole machine are not supported: every choice belongs to one state.',
    always: 'Routing on the whole machine is not supported: put "always" on a state.',
    type: 'A parallel machine is not supported: a scenario is one scene at a time.',
    cond: '"cond" is the XState v4 name: write "guard" instead.',
    reenter: 'Re-entering transitions are not supported.',
    internal: 'Internal transitions are not supported.',
    in: 'State-in guards are not supported: use the "visited" guard.',
    schemas: 'TypeScript schemas are not part of a scenario file.',
    types: 'TypeScript types are not part of a scenario file.',
    predictableActionArguments: 'This XState v4 option is not needed.',
    preserveActionOrder: 'This XState v4 option is not needed.',
  }),
);

/** Allowed but not listed: `$schema` is editor plumbing; `after` (timed decisions) keeps v1 messages unchanged. */
const UNLISTED: ReadonlySet<string> = new Set(['$schema', 'after']);

export function rejectKeys(
  file: SourceFile,
  node: JsonNode,
  allowed: string[],
  where: string,
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
          `${q(key)} in ${where} is not part of the scenario format. ${reason}`,
        ),
      );
    } else {
      diagnostics.push(
        diagnostic(
          'CB210',
          file.path,
          range,
          `${where[0]?.toUpperCase()}${where.slice(1)} has an unknown key ${q(key)}.${didYouMean(key, allowed)} The keys allowed here are ${oneOf(allowed.filter((k) => !UNLISTED.has(k)))}.`,
        ),
      );
    }
  }
}
