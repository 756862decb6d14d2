/**
 * Stage helper: one choice's (or one `always` route's) transitions, in any of the
 * forms XState accepts in JSON — a target string, an object, or a list of guarded
 * alternatives — read into one shape with positions.
 */
import type { Diagnostic, Worded } from '../contract';
import { diagnostic } from '../contract/catalogue';
import { describeNode, member, nodeRange, type JsonNode } from './json';
import { rejectKeys, type Place } from './keys';
import { LIMITS } from './limits';
import { tooMany } from './json-limits';
import type { SourceFile } from './source';
import { q } from './quote';
import { phrase, words } from '../i18n/diagnostic-words';

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
  const { event } = where;
  const name: Place = (form) =>
    event === undefined
      ? phrase('diagnostics.where.always', { form, state: q(where.state) })
      : phrase('diagnostics.where.choice', { form, event: q(event), state: q(where.state) });
  if (node.type === 'array' && list.length === 0) {
    diagnostics.push(
      diagnostic(
        'CB208',
        file.path,
        nodeRange(file, node),
        words('diagnostics.CB208.emptyList', { where: name('subject') }),
      ),
    );
  }
  if (node.type === 'array')
    tooMany(
      file,
      node,
      list.length,
      LIMITS.transitions,
      phrase(where.event ? 'diagnostics.CB214.what.alternatives' : 'diagnostics.CB214.what.routes'),
      phrase('diagnostics.CB214.fix.alternatives'),
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
  name: Place,
  where: Where,
  diagnostics: Diagnostic[],
): TransitionModel | undefined {
  const report = (code: Parameters<typeof diagnostic>[0], at: JsonNode, message: Worded) =>
    diagnostics.push(diagnostic(code, file.path, nodeRange(file, at), message));
  if (node.type === 'string')
    return { node, target: String(node.value), targetNode: node, behaviours: [] };
  if (node.type !== 'object') {
    report(
      'CB208',
      node,
      words('diagnostics.CB208.transition', { where: name('subject'), found: describeNode(node) }),
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
      where.event
        ? words('diagnostics.CB203.noTargetChoice', {
            where: name('subject'),
            state: q(where.state),
          })
        : words('diagnostics.CB203.noTarget', { where: name('subject') }),
    );
  } else if (target.type !== 'string') {
    report('CB208', target, words('diagnostics.CB208.target', { found: describeNode(target) }));
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
        words('diagnostics.CB208.transitionMeta', { found: describeNode(meta) }),
      );
    else
      rejectKeys(
        file,
        meta,
        where.event ? ['behaviours', 'description'] : ['description'],
        (form) => phrase('diagnostics.where.meta', { form, of: name('of') }),
        diagnostics,
      );
    const behaviours = where.event ? member(meta, 'behaviours') : undefined;
    if (behaviours) {
      transition.behavioursNode = behaviours;
      if (behaviours.type !== 'array')
        report(
          'CB208',
          behaviours,
          words('diagnostics.CB208.behaviours', { found: describeNode(behaviours) }),
        );
      if (behaviours.type === 'array')
        tooMany(
          file,
          behaviours,
          (behaviours.children ?? []).length,
          LIMITS.behavioursPerChoice,
          phrase('diagnostics.CB214.what.behaviours'),
          phrase('diagnostics.CB214.fix.behaviours'),
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
            words('diagnostics.CB208.behaviour', { found: describeNode(item) }),
          );
      }
    }
  }
  return transition;
}
