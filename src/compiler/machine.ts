/**
 * Stage: `machine.json`, the scenario's structure — checked for the shape format v1
 * allows (flat states, events as choices, final states as endings, numbers and
 * booleans in `context`) and read into a model that keeps every node's position.
 * Guards and actions are only collected here; `guards.ts` checks them once the
 * whole machine (its states, events and context) is known, and the form of state and
 * event names is checked in `spelling.ts`, which can say how scenario.md writes them.
 */
import type { Diagnostic, Range, Worded } from '../contract';
import { diagnostic } from '../contract/catalogue';
import {
  describeNode,
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
import { suggestion } from './suggest';
import { phrase, words } from '../i18n/diagnostic-words';
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
  typical: phrase('diagnostics.json.typical.machine'),
  needs: phrase('diagnostics.json.needs.machine'),
};

export function parseMachine(file: SourceFile): {
  machine?: MachineModel;
  diagnostics: Diagnostic[];
} {
  const parsed = parseJson(file, MACHINE_CODES);
  const root = parsed.root;
  if (!root) return { diagnostics: parsed.diagnostics };
  const diagnostics = parsed.diagnostics;
  const report = (code: Parameters<typeof diagnostic>[0], node: JsonNode, message: Worded) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, node), message));
  const reportAt = (code: Parameters<typeof diagnostic>[0], range: Range, message: Worded) =>
    diagnostics.push(diagnostic(code, file.path, range, message));

  if (root.type !== 'object') {
    reportAt(
      'CB202',
      openingRange(file, root),
      words('diagnostics.CB202.notObject', { found: describeNode(root) }),
    );
    return { diagnostics };
  }
  for (const m of duplicateKeys(root)) {
    report('CB209', m.keyNode, words('diagnostics.CB209.twice', { key: q(m.key) }));
  }
  rejectKeys(
    file,
    root,
    ROOT_KEYS,
    (form) => phrase('diagnostics.where.top', { form }),
    diagnostics,
  );
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
        words('diagnostics.CB208.machineMeta', { found: describeNode(rootMeta) }),
      );
    else {
      rejectKeys(
        file,
        rootMeta,
        ['conditions', 'description'],
        (form) => phrase('diagnostics.where.machineMeta', { form }),
        diagnostics,
      );
      machine.conditionsNode = member(rootMeta, 'conditions');
    }
  }
  const idNode = member(root, 'id');
  if (!idNode) reportAt('CB203', openingRange(file, root), words('diagnostics.CB203.noId'));
  else if (idNode.type !== 'string')
    report('CB208', idNode, words('diagnostics.CB208.id', { found: describeNode(idNode) }));
  else {
    machine.id = String(idNode.value);
    machine.idNode = idNode;
    if (!MACHINE_ID.test(machine.id))
      report('CB211', idNode, words('diagnostics.CB211.machineId', { id: q(machine.id) }));
  }
  const initialNode = member(root, 'initial');
  if (!initialNode)
    reportAt('CB203', openingRange(file, root), words('diagnostics.CB203.noInitial'));
  else if (initialNode.type !== 'string')
    report(
      'CB208',
      initialNode,
      words('diagnostics.CB208.initial', { found: describeNode(initialNode) }),
    );
  else {
    machine.initial = String(initialNode.value);
    machine.initialNode = initialNode;
  }

  Object.assign(machine, readContext(file, member(root, 'context'), diagnostics));

  const statesNode = member(root, 'states');
  if (!statesNode) reportAt('CB203', openingRange(file, root), words('diagnostics.CB203.noStates'));
  else if (statesNode.type !== 'object' || members(statesNode).length === 0) {
    report(
      'CB208',
      statesNode,
      statesNode.type === 'object'
        ? words('diagnostics.CB208.statesEmpty')
        : words('diagnostics.CB208.states', { found: describeNode(statesNode) }),
    );
  } else {
    tooMany(
      file,
      statesNode,
      members(statesNode).length,
      LIMITS.states,
      phrase('diagnostics.CB214.what.states'),
      phrase('diagnostics.CB214.fix.states'),
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
  const report = (code: Parameters<typeof diagnostic>[0], at: JsonNode, message: Worded) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
  if (node.type !== 'object') {
    report(
      'CB208',
      node,
      words('diagnostics.CB208.state', { state: q(id), found: describeNode(node) }),
    );
    return undefined;
  }
  rejectKeys(
    file,
    node,
    STATE_KEYS,
    (form) => phrase('diagnostics.where.state', { form, state: q(id) }),
    diagnostics,
  );
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
        words('diagnostics.CB206.stateType', { type: q(String(typeNode.value)) }),
      );
    } else if (typeNode.value !== 'atomic') {
      report(
        'CB208',
        typeNode,
        typeNode.type === 'string'
          ? words('diagnostics.CB208.stateTypeText', {
              suggestion: suggestion(String(typeNode.value), ['final']),
            })
          : words('diagnostics.CB208.stateType', { found: describeNode(typeNode) }),
      );
    }
  }
  const meta = member(node, 'meta');
  if (meta) {
    if (meta.type !== 'object')
      report('CB208', meta, words('diagnostics.CB208.stateMeta', { found: describeNode(meta) }));
    else
      rejectKeys(
        file,
        meta,
        ['outcome', 'description'],
        (form) => phrase('diagnostics.where.stateMeta', { form, state: q(id) }),
        diagnostics,
      );
    state.outcomeNode = member(meta, 'outcome');
  }
  const on = member(node, 'on');
  if (on) {
    if (on.type !== 'object')
      report('CB208', on, words('diagnostics.CB208.on', { found: describeNode(on) }));
    tooMany(
      file,
      on,
      members(on).length,
      LIMITS.choices,
      phrase('diagnostics.CB214.what.choices'),
      phrase('diagnostics.CB214.fix.choices'),
      diagnostics,
    );
    const events = new Set<string>();
    for (const { key, keyNode: eventKey, value } of members(on)) {
      if (key === '*' || key.includes('*') || key.startsWith('xstate.')) {
        report('CB206', eventKey, words('diagnostics.CB206.wildcard', { event: q(key) }));
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
