/**
 * Stage: graph-level checks that need no guard evaluation — scenes nothing leads
 * to, scenes with no way out, `always` routes that can loop forever, choices that a
 * state's unguarded `always` makes unreachable, endings that are not endings. The
 * guard-aware reachability comes with the engine's analysis (which also decides
 * whether a router whose routes are all guarded can strand a run: CB604).
 */
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { cyclesOf } from './always-cycles';
import { describe, member, nodeRange } from './json';
import type { MachineModel } from './machine';
import type { SourceFile } from './source';
import { q } from './quote';

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
            `${q(state.id)} is an ending ("type": "final"), so a run stops there and these transitions never fire. Remove them, or remove "type": "final" to make it a scene.`,
          ),
        );
      const outcome = state.outcomeNode;
      if (!outcome || !['strong', 'mixed', 'weak'].includes(String(outcome.value))) {
        diagnostics.push(
          diagnostic(
            'CB607',
            json.path,
            at(outcome ?? state.keyNode),
            `The ending ${q(state.id)} needs "meta": { "outcome": "strong" | "mixed" | "weak" }${outcome ? `, not ${outcome.type === 'string' ? q(String(outcome.value)) : describe(outcome)}` : ''}: the debrief uses it to show how the run went.`,
          ),
        );
      }
    } else if (state.outcomeNode) {
      diagnostics.push(
        diagnostic(
          'CB609',
          json.path,
          at(state.outcomeNode),
          `${q(state.id)} has an outcome but is not an ending, so the outcome is never used. If it is an ending, add "type": "final"; if it is a scene, remove "outcome".`,
        ),
      );
    }
    if (!state.final && state.events.length === 0 && state.always.length === 0) {
      diagnostics.push(
        diagnostic(
          'CB602',
          json.path,
          at(state.keyNode),
          `${q(state.id)} has no choices and no "always" route, so a learner who reaches it is stuck. Give it choices in "on", or make it an ending with "type": "final".`,
        ),
      );
    }
    if (initialKnown && state.id !== machine.initial && !incoming.has(state.id)) {
      diagnostics.push(
        diagnostic(
          'CB601',
          json.path,
          at(state.keyNode),
          `No choice or route leads to ${q(state.id)}, so no learner will ever see it. Point a "target" at it, or remove it.`,
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
          `${q(state.id)} has an "always" route without a guard, so the run leaves the state at once and its choices (${state.events.map((e) => e.event).join(', ')}) are never offered. Guard the route, or move the choices.`,
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
        'The scenario has no ending, so no run can finish. Add at least one state with "type": "final" and "meta": { "outcome": … }.',
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
        `The "always" routes ${route(cycle)} loop without a guard: a run that gets here routes forever. Send one of them to a scene or an ending, or add a guard.`,
      ),
    );
  }
  return diagnostics;
}

/** `"a" → "b" → "a"`; a long cycle shows its first states and how many more. */
function route(cycle: readonly string[]): string {
  const shown = cycle.slice(0, 8).map(q);
  const more = cycle.length - shown.length;
  return [...shown, ...(more > 0 ? [`… (${more} more)`] : []), q(cycle[0] ?? '')].join(' → ');
}
