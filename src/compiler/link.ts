/**
 * Stage: linking the two files. Every scene and ending in `machine.json` needs its
 * `##` section in `scenario.md`, every choice its `###`; and every section must
 * belong to something. Routing states (only `always`) have no prose.
 */
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { nodeRange } from './json';
import type { MachineModel, StateModel } from './machine';
import type { Body } from './markdown';
import type { SourceFile } from './source';
import { didYouMean } from './suggest';

export function isRouter(state: StateModel): boolean {
  return !state.final && state.events.length === 0 && state.always.length > 0;
}

export function link(
  md: SourceFile,
  json: SourceFile,
  machine: MachineModel,
  body: Body,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const states = new Map(machine.states.map((s) => [s.id, s]));
  const sections = new Map(body.sections.map((s) => [s.id, s]));
  for (const state of machine.states) {
    const section = sections.get(state.id);
    if (isRouter(state)) {
      if (section) {
        diagnostics.push(
          diagnostic(
            'CB409',
            md.path,
            section.heading,
            `"${state.id}" only routes (it has "always" transitions and no choices), so learners never see this section. Remove it, or give the state choices in "on".`,
          ),
        );
      }
      continue;
    }
    if (!section) {
      const what = state.final ? 'an ending' : 'a scene';
      diagnostics.push(
        diagnostic(
          'CB401',
          json.path,
          nodeRange(json, state.keyNode),
          `"${state.id}" is ${what} but scenario.md has no "## ${state.id}" section for it. Add one with the ${state.final ? "ending's narrative" : 'scene\'s prose and a "###" section per choice'}.`,
        ),
      );
      continue;
    }
    for (const event of state.events) {
      if (!section.choices.some((c) => c.event === event.event)) {
        diagnostics.push(
          diagnostic(
            'CB403',
            json.path,
            nodeRange(json, event.keyNode),
            `The choice "${event.event}" of "${state.id}" has no "### ${event.event}" in the "## ${state.id}" section of scenario.md. Add it, with the button label as its first paragraph.`,
          ),
        );
      }
    }
    for (const choice of section.choices) {
      if (state.events.some((e) => e.event === choice.event)) continue;
      const message = state.final
        ? `"${state.id}" is an ending, so it has no choices; "### ${choice.event}" is never shown. Remove it, or make the choice part of a scene.`
        : `"${state.id}" has no choice "${choice.event}" in machine.json.${didYouMean(
            choice.event,
            state.events.map((e) => e.event),
          )} Add the event to the state's "on", or remove this section.`;
      diagnostics.push(diagnostic('CB404', md.path, choice.heading, message));
    }
  }
  for (const section of body.sections) {
    if (states.has(section.id)) continue;
    diagnostics.push(
      diagnostic(
        'CB402',
        md.path,
        section.heading,
        `"## ${section.id}" names no state of machine.json.${didYouMean(section.id, states.keys())} Rename the section to a state's id, or add the state.`,
      ),
    );
  }
  return diagnostics;
}
