/**
 * Stage: every transition's target, guard and actions checked against the names the
 * scenario defines, the guards and actions converted to the contract's form. Its own
 * module because both the compiler's entry (compile.ts, which runs it) and the last
 * stage (assemble.ts, which reads what it resolved) need `Resolved`.
 */
import type { Diagnostic, Transition } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { checkActions } from './actions';
import { checkGuard, type Names } from './guards';
import { nodeRange } from './json';
import type { MachineModel } from './machine';
import { q } from './quote';
import type { SourceFile } from './source';
import { knownNames } from './suggest';
import { words } from '../i18n/diagnostic-words';
import { UNCHOSEN_TARGET } from '../contract/sync';

/** Guards and actions checked and converted, keyed by the transition's JSON node offset. */
export type Resolved = Map<number, Pick<Transition, 'guard' | 'actions' | 'guardName'>>;

export function resolveTransitions(
  json: SourceFile,
  machine: MachineModel,
  names: Names,
  diagnostics: Diagnostic[],
): Resolved {
  const resolved: Resolved = new Map();
  for (const state of machine.states) {
    for (const e of state.events)
      for (const t of e.transitions)
        if (t.target === UNCHOSEN_TARGET && t.targetNode)
          diagnostics.push(unchosenTarget(json, t.targetNode, e.event, names));
    for (const t of [...state.events.flatMap((e) => e.transitions), ...state.always]) {
      if (
        t.target !== undefined &&
        t.target !== UNCHOSEN_TARGET &&
        t.targetNode &&
        !names.states.has(t.target) &&
        !names.intended?.states.has(t.target)
      ) {
        const path = t.target.startsWith('#') || t.target.startsWith('.');
        const values = { state: q(state.id), target: q(t.target) };
        diagnostics.push(
          diagnostic(
            path ? 'CB206' : 'CB205',
            json.path,
            nodeRange(json, t.targetNode),
            path
              ? words('diagnostics.CB206.targetPath', {
                  ...values,
                  name: q(t.target.replace(/^[#.]/, '').split('.').pop() ?? ''),
                })
              : words('diagnostics.CB205.noState', {
                  ...values,
                  hint: knownNames(t.target, names.states, 'states'),
                }),
          ),
        );
      }
      const guard = t.guardNode ? checkGuard(json, t.guardNode, names, diagnostics) : undefined;
      const actions = checkActions(json, t.actionsNode, names, diagnostics);
      const entry: Pick<Transition, 'guard' | 'actions' | 'guardName'> = guard
        ? { guard, actions }
        : { actions };
      // Format v1.1 (cond15): a guard written as a condition's name keeps the name.
      if (guard && t.guardNode?.type === 'string') entry.guardName = String(t.guardNode.value);
      resolved.set(t.node.offset, entry);
    }
  }
  return resolved;
}

/** CB220: `scenario sync` wrote an `on` entry for a `###` section and left its target to the author. */
function unchosenTarget(
  json: SourceFile,
  node: Parameters<typeof nodeRange>[1],
  event: string,
  names: Names,
): Diagnostic {
  const states = [...names.states];
  const list = states.length > 8 ? `${states.slice(0, 8).join(', ')} …` : states.join(', ');
  return diagnostic(
    'CB220',
    json.path,
    nodeRange(json, node),
    words('diagnostics.CB220.unchosen', { event, placeholder: q(UNCHOSEN_TARGET), states: list }),
  );
}
