/**
 * Stage helper: one choice's (or one `always` route's) transitions, in any of the
 * forms XState accepts in JSON — a target string, an object, or a list of guarded
 * alternatives — read into one shape with positions.
 */
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { describe, member, nodeRange, type JsonNode } from './json';
import { rejectKeys } from './keys';
import { LIMITS } from './limits';
import { tooMany } from './json-limits';
import type { SourceFile } from './source';
import { q } from './quote';

export interface TransitionModel {
  node: JsonNode;
  target?: string;
  targetNode?: JsonNode;
  guardNode?: JsonNode;
  actionsNode?: JsonNode;
  behaviours: { id: string; node: JsonNode }[];
  /** The `meta.behaviours` list itself, when present. */
  behavioursNode?: JsonNode;
}

interface Where {
  state: string;
  event?: string;
}

const TRANSITION_KEYS = ['target', 'guard', 'actions', 'meta', 'description'];

export function readTransitions(
  file: SourceFile,
  node: JsonNode,
  where: Where,
  diagnostics: Diagnostic[],
): TransitionModel[] {
  const list = node.type === 'array' ? (node.children ?? []) : [node];
  const name = where.event
    ? `the choice ${q(where.event)} of ${q(where.state)}`
    : `the "always" routes of ${q(where.state)}`;
  if (node.type === 'array' && list.length === 0) {
    diagnostics.push(
      diagnostic(
        'CB208',
        file.path,
        nodeRange(file, node),
        `${capital(name)} is an empty list. Give at least one { "target": "<state>" }.`,
      ),
    );
  }
  if (node.type === 'array')
    tooMany(
      file,
      node,
      list.length,
      LIMITS.transitions,
      where.event ? 'alternatives for one choice' : '"always" routes in one state',
      'Fewer, broader guards say the same: combine them with "and" / "or", or add a routing state.',
      diagnostics,
    );
  const out: TransitionModel[] = [];
  for (const item of list) {
    const transition = readOne(file, item, name, where, diagnostics);
    if (transition) out.push(transition);
  }
  return out;
}

function readOne(
  file: SourceFile,
  node: JsonNode,
  name: string,
  where: Where,
  diagnostics: Diagnostic[],
): TransitionModel | undefined {
  const report = (code: Parameters<typeof diagnostic>[0], at: JsonNode, message: string) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
  if (node.type === 'string')
    return { node, target: String(node.value), targetNode: node, behaviours: [] };
  if (node.type !== 'object') {
    report(
      'CB208',
      node,
      `${capital(name)} must be an object like { "target": "next-scene" } or a state id in quotes, not ${describe(node)}.`,
    );
    return undefined;
  }
  rejectKeys(file, node, TRANSITION_KEYS, name, diagnostics);
  const transition: TransitionModel = { node, behaviours: [] };
  const target = member(node, 'target');
  if (!target) {
    report(
      'CB203',
      node,
      `${capital(name)} has no "target". Add "target": "<state-id>", the scene it leads to${where.event ? ` (use ${q(where.state)} to stay in this scene)` : ''}.`,
    );
  } else if (target.type !== 'string') {
    report('CB208', target, `"target" must be one state id in quotes, not ${describe(target)}.`);
  } else {
    transition.target = String(target.value);
    transition.targetNode = target;
  }
  transition.guardNode = member(node, 'guard');
  transition.actionsNode = member(node, 'actions');
  const meta = member(node, 'meta');
  if (meta) {
    if (meta.type !== 'object')
      report(
        'CB208',
        meta,
        `"meta" must be an object, e.g. { "behaviours": ["open-question"] }, not ${describe(meta)}.`,
      );
    else
      rejectKeys(
        file,
        meta,
        where.event ? ['behaviours', 'description'] : ['description'],
        `the "meta" of ${name}`,
        diagnostics,
      );
    const behaviours = where.event ? member(meta, 'behaviours') : undefined;
    if (behaviours) {
      transition.behavioursNode = behaviours;
      if (behaviours.type !== 'array')
        report(
          'CB208',
          behaviours,
          `"behaviours" must be a list of behaviour ids, e.g. ["open-question"], not ${describe(behaviours)}.`,
        );
      if (behaviours.type === 'array')
        tooMany(
          file,
          behaviours,
          (behaviours.children ?? []).length,
          LIMITS.behavioursPerChoice,
          'behaviours on one choice',
          'Tag the choice with the few behaviours it shows most clearly.',
          diagnostics,
        );
      for (const item of behaviours.children ?? []) {
        if (behaviours.type !== 'array') break;
        if (item.type === 'string')
          transition.behaviours.push({ id: String(item.value), node: item });
        else
          report(
            'CB208',
            item,
            `Each behaviour must be an id from behaviours.json in quotes, not ${describe(item)}.`,
          );
      }
    }
  }
  return transition;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
