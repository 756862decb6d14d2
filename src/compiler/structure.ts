/**
 * Stage: graph-level checks that need no guard evaluation — scenes nothing leads
 * to, scenes with no way out, `always` routes that can loop forever, choices that a
 * state's unguarded `always` makes unreachable, endings that are not endings. The
 * guard-aware reachability comes with the engine's analysis (which also decides
 * whether a router whose routes are all guarded can strand a run: CB604).
 */
import type { Diagnostic, WordingValue } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { cyclesOf } from './always-cycles';
import { describeNode, member, nodeRange } from './json';
import type { MachineModel } from './machine';
import type { SourceFile } from './source';
import { q } from './quote';
import { phrase, words } from '../i18n/diagnostic-words';

export function checkStructure(json: SourceFile, machine: MachineModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (node: Parameters<typeof nodeRange>[1]) => nodeRange(json, node);
  const initialKnown = machine.states.some((s) => s.id === machine.initial);
  const incoming = new Set<string>();
  for (const state of machine.states) {
    for (const t of [...state.events.flatMap((e) => e.transitions), ...state.always]) {
      if (t.target && t.target !== state.id) incoming.add(t.target);
    }
  }
  for (const state of machine.states) {
    if (state.final) {
      const extra = member(state.node, 'on') ?? member(state.node, 'always');
      if (extra)
        diagnostics.push(
          diagnostic(
            'CB606',
            json.path,
            at(extra),
            words('diagnostics.CB606.ending', { state: q(state.id) }),
          ),
        );
      const outcome = state.outcomeNode;
      if (!outcome || !['strong', 'mixed', 'weak'].includes(String(outcome.value))) {
        diagnostics.push(
          diagnostic(
            'CB607',
            json.path,
            at(outcome ?? state.keyNode),
            outcome
              ? words('diagnostics.CB607.wrong', {
                  state: q(state.id),
                  value:
                    outcome.type === 'string' ? q(String(outcome.value)) : describeNode(outcome),
                })
              : words('diagnostics.CB607.missing', { state: q(state.id) }),
          ),
        );
      }
    } else if (state.outcomeNode) {
      diagnostics.push(
        diagnostic(
          'CB609',
          json.path,
          at(state.outcomeNode),
          words('diagnostics.CB609.notEnding', { state: q(state.id) }),
        ),
      );
    }
    if (!state.final && state.events.length === 0 && state.always.length === 0) {
      diagnostics.push(
        diagnostic(
          'CB602',
          json.path,
          at(state.keyNode),
          words('diagnostics.CB602.stuck', { state: q(state.id) }),
        ),
      );
    }
    if (initialKnown && state.id !== machine.initial && !incoming.has(state.id)) {
      diagnostics.push(
        diagnostic(
          'CB601',
          json.path,
          at(state.keyNode),
          words('diagnostics.CB601.unreachable', { state: q(state.id) }),
        ),
      );
    }
    const unguarded = state.always.find((t) => !t.guardNode);
    if (unguarded && state.events.length > 0) {
      diagnostics.push(
        diagnostic(
          'CB605',
          json.path,
          at(unguarded.node),
          words('diagnostics.CB605.unguarded', {
            state: q(state.id),
            events: state.events.map((e) => e.event).join(', '),
          }),
        ),
      );
    }
  }
  diagnostics.push(...alwaysCycles(json, machine));
  if (machine.states.length > 0 && !machine.states.some((s) => s.final)) {
    diagnostics.push(
      diagnostic(
        'CB608',
        json.path,
        at(member(machine.root, 'states') ?? machine.root),
        words('diagnostics.CB608.noEnding'),
      ),
    );
  }
  return diagnostics;
}

/** Cycles made only of unguarded `always` routes: once entered, a run would route forever. */
function alwaysCycles(json: SourceFile, machine: MachineModel): Diagnostic[] {
  const next = new Map<string, string>();
  const nodes = new Map<string, Parameters<typeof nodeRange>[1]>();
  for (const state of machine.states) {
    const route = state.always.find((t) => !t.guardNode);
    if (route?.target) {
      next.set(state.id, route.target);
      nodes.set(state.id, route.node);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const cycle of cyclesOf(next)) {
    const first = cycle[0] as string;
    const node = nodes.get(first);
    if (!node) continue;
    diagnostics.push(
      diagnostic(
        'CB603',
        json.path,
        nodeRange(json, node),
        words('diagnostics.CB603.loop', { route: route(cycle) }),
      ),
    );
  }
  return diagnostics;
}

/** `"a" → "b" → "a"`; a long cycle shows its first states and how many more. */
function route(cycle: readonly string[]): WordingValue {
  const shown = cycle.slice(0, 8).map((id) => q(id));
  const more = cycle.length - shown.length;
  const first = q(cycle[0] ?? '');
  return more > 0
    ? phrase('diagnostics.CB603.more', { states: shown.join(' → '), more: String(more), first })
    : [...shown, first].join(' → ');
}
