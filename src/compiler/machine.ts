/**
 * Stage: `machine.json`, the scenario's structure — checked for the shape format v1
 * allows (flat states, events as choices, final states as endings, numbers and
 * booleans in `context`) and read into a model that keeps every node's position.
 * Guards and actions are only collected here; `guards.ts` checks them once the
 * whole machine (its states, events and context) is known, and the form of state and
 * event names is checked in `spelling.ts`, which can say how scenario.md writes them.
 */
import type { Diagnostic, Range } from '../contract';
import { diagnostic } from '../contract/catalogue';
import {
  describe,
  duplicateKeys,
  openingRange,
  member,
  members,
  nodeRange,
  parseJson,
  type JsonCodes,
  type JsonNode,
} from './json';
import type { SourceFile } from './source';
import { didYouMean } from './suggest';
import { readTransitions, type TransitionModel } from './transitions';
import { rejectKeys } from './keys';
import { checkValues, tooMany } from './json-limits';
import { LIMITS } from './limits';
import { q } from './quote';
import { handWrittenTimeUp, readAfter, TIME_UP } from './timed';
import { readContext, type MachineContext } from './machine-context';

interface EventModel {
  event: string;
  keyNode: JsonNode;
  transitions: TransitionModel[];
  /** Timed decisions: only the `TIME_UP` event read from `after`, its delay in ms. */
  timeout?: number;
}

export interface StateModel {
  id: string;
  keyNode: JsonNode;
  node: JsonNode;
  final: boolean;
  outcomeNode?: JsonNode;
  events: EventModel[];
  always: TransitionModel[];
}

export interface MachineModel extends MachineContext {
  root: JsonNode;
  id?: string;
  idNode?: JsonNode;
  initial?: string;
  initialNode?: JsonNode;
  states: StateModel[];
  /** Format v1.1 (cond15): `meta.conditions`, checked in conditions.ts. */
  conditionsNode?: JsonNode;
}

const MACHINE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const ROOT_KEYS = ['$schema', 'id', 'initial', 'context', 'states', 'meta', 'description'];
const STATE_KEYS = ['type', 'on', 'always', 'after', 'meta', 'description'];

/** How machine.json's syntax, nesting and size problems are reported. */
export const MACHINE_CODES: JsonCodes = {
  syntax: 'CB201',
  depth: 'CB212',
  size: 'CB214',
  maxBytes: LIMITS.machineBytes,
  typical: 'a scenario of 10,000 scenes writes about 10,000,000',
  needs: 'a scenario needs about 10',
};

export function parseMachine(file: SourceFile): {
  machine?: MachineModel;
  diagnostics: Diagnostic[];
} {
  const parsed = parseJson(file, MACHINE_CODES);
  const root = parsed.root;
  if (!root) return { diagnostics: parsed.diagnostics };
  const diagnostics = parsed.diagnostics;
  const report = (code: Parameters<typeof diagnostic>[0], node: JsonNode, message: string) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, node), message));
  const reportAt = (code: Parameters<typeof diagnostic>[0], range: Range, message: string) =>
    diagnostics.push(diagnostic(code, file.path, range, message));

  if (root.type !== 'object') {
    reportAt(
      'CB202',
      openingRange(file, root),
      `machine.json must hold one object, { "id": …, "initial": …, "context": …, "states": … }, but it holds ${describe(root)}.`,
    );
    return { diagnostics };
  }
  for (const m of duplicateKeys(root)) {
    report(
      'CB209',
      m.keyNode,
      `${q(m.key)} appears twice in the same object; JSON keeps only the last one, so the first is silently lost. Remove or rename one of them.`,
    );
  }
  rejectKeys(file, root, ROOT_KEYS, 'the top of machine.json', diagnostics);
  checkValues(file, root, { number: 'CB213', length: 'CB215' }, diagnostics);

  const machine: MachineModel = {
    root,
    metrics: new Map(),
    flags: new Map(),
    invalidContext: new Set(),
    states: [],
  };
  const rootMeta = member(root, 'meta');
  if (rootMeta) {
    if (rootMeta.type !== 'object')
      report(
        'CB208',
        rootMeta,
        `"meta" must be an object, e.g. { "conditions": { … } }, not ${describe(rootMeta)}.`,
      );
    else {
      rejectKeys(
        file,
        rootMeta,
        ['conditions', 'description'],
        'the machine\'s "meta"',
        diagnostics,
      );
      machine.conditionsNode = member(rootMeta, 'conditions');
    }
  }
  const idNode = member(root, 'id');
  if (!idNode)
    reportAt(
      'CB203',
      openingRange(file, root),
      'machine.json has no "id". Add "id": "<folder-name>", the name of the scenario\'s folder.',
    );
  else if (idNode.type !== 'string')
    report(
      'CB208',
      idNode,
      `"id" must be text (the scenario's folder name), not ${describe(idNode)}.`,
    );
  else {
    machine.id = String(idNode.value);
    machine.idNode = idNode;
    if (!MACHINE_ID.test(machine.id))
      report(
        'CB211',
        idNode,
        `The id ${q(machine.id)} must be kebab-case (lower-case letters and digits joined by "-", e.g. "missed-deadline"): it is the folder name and appears in links.`,
      );
  }
  const initialNode = member(root, 'initial');
  if (!initialNode)
    reportAt(
      'CB203',
      openingRange(file, root),
      'machine.json has no "initial". Add "initial": "<state-id>", the scene a run starts in.',
    );
  else if (initialNode.type !== 'string')
    report(
      'CB208',
      initialNode,
      `"initial" must be the id of a state, in quotes, not ${describe(initialNode)}.`,
    );
  else {
    machine.initial = String(initialNode.value);
    machine.initialNode = initialNode;
  }

  Object.assign(machine, readContext(file, member(root, 'context'), diagnostics));

  const statesNode = member(root, 'states');
  if (!statesNode)
    reportAt(
      'CB203',
      openingRange(file, root),
      'machine.json has no "states". Add "states": { "<state-id>": { "on": { … } }, … } with one entry per scene and ending.',
    );
  else if (statesNode.type !== 'object' || members(statesNode).length === 0) {
    report(
      'CB208',
      statesNode,
      `"states" must be an object with one entry per scene and ending, not ${statesNode.type === 'object' ? 'an empty object' : describe(statesNode)}.`,
    );
  } else {
    tooMany(
      file,
      statesNode,
      members(statesNode).length,
      LIMITS.states,
      'states',
      'Split the scenario into several shorter ones.',
      diagnostics,
    );
    const seen = new Set<string>();
    for (const { key, keyNode, value } of members(statesNode)) {
      if (seen.has(key)) continue;
      seen.add(key);
      const state = readState(file, key, keyNode, value, diagnostics);
      if (state) machine.states.push(state);
    }
  }
  return { machine, diagnostics };
}

function readState(
  file: SourceFile,
  id: string,
  keyNode: JsonNode,
  node: JsonNode,
  diagnostics: Diagnostic[],
): StateModel | undefined {
  const report = (code: Parameters<typeof diagnostic>[0], at: JsonNode, message: string) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
  if (node.type !== 'object') {
    report(
      'CB208',
      node,
      `The state ${q(id)} must be an object, e.g. { "on": { "EVENT": { "target": "next" } } } or { "type": "final" }, not ${describe(node)}.`,
    );
    return undefined;
  }
  rejectKeys(file, node, STATE_KEYS, `the state ${q(id)}`, diagnostics);
  const state: StateModel = { id, keyNode, node, final: false, events: [], always: [] };
  const typeNode = member(node, 'type');
  if (typeNode) {
    if (typeNode.value === 'final') state.final = true;
    else if (
      typeNode.value === 'parallel' ||
      typeNode.value === 'history' ||
      typeNode.value === 'compound'
    ) {
      report(
        'CB206',
        typeNode,
        `"type": ${q(String(typeNode.value))} states are not part of the scenario format: a scenario is one scene at a time. Split it into separate states.`,
      );
    } else if (typeNode.value !== 'atomic') {
      report(
        'CB208',
        typeNode,
        `A state's "type" can only be "final" (an ending)${typeNode.type === 'string' ? `.${didYouMean(String(typeNode.value), ['final'])}` : `, not ${describe(typeNode)}.`}`,
      );
    }
  }
  const meta = member(node, 'meta');
  if (meta) {
    if (meta.type !== 'object')
      report(
        'CB208',
        meta,
        `"meta" must be an object, e.g. { "outcome": "strong" }, not ${describe(meta)}.`,
      );
    else
      rejectKeys(
        file,
        meta,
        ['outcome', 'description'],
        `the "meta" of state ${q(id)}`,
        diagnostics,
      );
    state.outcomeNode = member(meta, 'outcome');
  }
  const on = member(node, 'on');
  if (on) {
    if (on.type !== 'object')
      report(
        'CB208',
        on,
        `"on" must be an object of choices, { "EVENT": { "target": "state" } }, not ${describe(on)}.`,
      );
    tooMany(
      file,
      on,
      members(on).length,
      LIMITS.choices,
      'choices in one scene',
      'Split the scene into several, each with fewer choices.',
      diagnostics,
    );
    const events = new Set<string>();
    for (const { key, keyNode: eventKey, value } of members(on)) {
      if (key === '*' || key.includes('*') || key.startsWith('xstate.')) {
        report(
          'CB206',
          eventKey,
          `${q(key)} is a wildcard or built-in event; a scenario's choices are named events, one per "###" section.`,
        );
        continue;
      }
      if (key === TIME_UP) {
        handWrittenTimeUp(file, id, eventKey, diagnostics);
        continue;
      }
      if (events.has(key)) continue;
      events.add(key);
      state.events.push({
        event: key,
        keyNode: eventKey,
        transitions: readTransitions(file, value, { state: id, event: key }, diagnostics),
      });
    }
  }
  const always = member(node, 'always');
  if (always) state.always = readTransitions(file, always, { state: id }, diagnostics);
  const after = member(node, 'after');
  if (after) {
    const timed = readAfter(
      file,
      id,
      { final: state.final, hasAlways: Boolean(always) },
      after,
      diagnostics,
    );
    if (timed) state.events.push(timed);
  }
  return state;
}
