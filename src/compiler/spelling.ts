/**
 * State ids and event names are written the same in machine.json and in scenario.md's
 * `##`/`###` headings, in one fixed form: states kebab-case, events UPPER_SNAKE_CASE.
 * When the two files write a name differently only in case or with "-" for "_", it is
 * one name spelt two ways, and the one in the format's form is the right one: the
 * author hears once which to rename (CB211 here when machine.json's key is wrong), not
 * that each file lacks what the other has.
 */
import type { Diagnostic, WordingValue } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { nodeRange } from './json';
import type { MachineModel } from './machine';
import type { SourceFile } from './source';
import { q, visible } from './quote';
import { phrase, words } from '../i18n/diagnostic-words';

export const STATE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const EVENT_NAME = /^[A-Z][A-Z0-9_]*$/;

/** The state id `name` stands for: lower case, words joined by "-". */
export function stateSpelling(name: string): string {
  return name.toLowerCase().replace(/[_\s]+/g, '-');
}

/** The event `name` stands for: capitals, words joined by "_". */
export function eventSpelling(name: string): string {
  return name.toUpperCase().replace(/[-\s]+/g, '_');
}

/** A heading in scenario.md that writes a machine.json name differently. */
interface Respelling {
  /** The name as the heading writes it. */
  name: string;
  line: number;
}

/** Headings that spell a state (by id) or an event (by `state\u0000event`) differently. */
export interface Respellings {
  states: Map<string, Respelling>;
  events: Map<string, Respelling>;
}

export const eventKey = (state: string, event: string) => `${state}\u0000${event}`;

/**
 * Names in the format's form that machine.json writes in another form: a `target`,
 * `visited` or `chose` that already uses the right form is not reported again, as
 * the CB211 on the key says to rename it.
 */
export function intendedNames(machine: MachineModel): { states: Set<string>; events: Set<string> } {
  const states = new Set<string>();
  const events = new Set<string>();
  for (const state of machine.states) {
    if (!STATE_NAME.test(state.id) && STATE_NAME.test(stateSpelling(state.id)))
      states.add(stateSpelling(state.id));
    for (const { event } of state.events)
      if (!EVENT_NAME.test(event) && EVENT_NAME.test(eventSpelling(event)))
        events.add(eventSpelling(event));
  }
  return { states, events };
}

/** CB211 for state and event keys not in the format's form, saying which heading already has it right. */
export function checkKeyNames(
  json: SourceFile,
  machine: MachineModel,
  respelt?: Respellings,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const state of machine.states) {
    if (!STATE_NAME.test(state.id)) {
      diagnostics.push(
        diagnostic(
          'CB211',
          json.path,
          nodeRange(json, state.keyNode),
          words('diagnostics.CB211.stateName', {
            state: q(state.id),
            rest:
              rename(stateSpelling(state.id), STATE_NAME, respelt?.states.get(state.id), 'state') ??
              phrase('diagnostics.CB211.stateExample'),
          }),
        ),
      );
    }
    for (const event of state.events) {
      if (EVENT_NAME.test(event.event)) continue;
      diagnostics.push(
        diagnostic(
          'CB211',
          json.path,
          nodeRange(json, event.keyNode),
          words('diagnostics.CB211.eventName', {
            event: q(event.event),
            rest:
              rename(
                eventSpelling(event.event),
                EVENT_NAME,
                respelt?.events.get(eventKey(state.id, event.event)),
                'event',
              ) ?? phrase('diagnostics.CB211.eventExample'),
          }),
        ),
      );
    }
  }
  return diagnostics;
}

/** How to put the name right, ending the message (a part of it); undefined when there is no one obvious form. */
function rename(
  intended: string,
  form: RegExp,
  heading: Respelling | undefined,
  kind: 'state' | 'event',
): WordingValue | undefined {
  if (!form.test(intended)) return undefined;
  const hashes = kind === 'state' ? '##' : '###';
  if (!heading) return phrase('diagnostics.CB211.renameHere', { kind, name: q(intended), hashes });
  const values = {
    name: q(intended),
    hashes,
    heading: visible(heading.name),
    line: String(heading.line),
  };
  return heading.name === intended
    ? phrase('diagnostics.CB211.headingAlready', values)
    : phrase('diagnostics.CB211.headingToo', values);
}
