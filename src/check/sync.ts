/**
 * `scenario sync`'s plan: what one of a scenario's two files implies and the other
 * lacks, written in without deleting or rewriting a character the author wrote.
 * scenario.md gets `##`/`###` stubs inserted (never reflowed); machine.json gets keys
 * added with jsonc-parser's `modify`, which keeps the author's layout. Pure (text in,
 * text out), so author mode can use it as the CLI does (src/cli/sync.ts).
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { SYNC_PLACEHOLDER, UNCHOSEN_TARGET } from '../contract/sync';

interface SyncAddition {
  file: 'scenario.md' | 'machine.json';
  line: number;
  what: string;
}

export type SyncPlan =
  | { ok: true; md: string; json: string; added: SyncAddition[]; notes: string[] }
  | { ok: false; file: 'scenario.md' | 'machine.json'; line: number; problem: string };

interface Section {
  id: string;
  line: number;
  events: string[];
}

const SCENE = /^##[ \t]+([a-z0-9]+(?:-[a-z0-9]+)*)\s*(?::.*)?$/;
const CHOICE = /^###[ \t]+([A-Z][A-Z0-9_]*)\s*$/;

/** The `##` scenes and their `###` choices, skipping front matter and fenced code. */
function sections(lines: readonly string[]): Section[] {
  const out: Section[] = [];
  let i = 0;
  if (lines[0]?.trim() === '---') {
    i = 1;
    while (i < lines.length && lines[i]?.trim() !== '---') i++;
    i++;
  }
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const scene = SCENE.exec(line);
    if (scene?.[1]) out.push({ id: scene[1], line: i, events: [] });
    const choice = CHOICE.exec(line);
    if (choice?.[1]) out.at(-1)?.events.push(choice[1]);
  }
  return out;
}

interface MachineState {
  id: string;
  final: boolean;
  events: string[];
  timed: boolean;
  /** A router (`always` only) has no section in scenario.md. */
  router: boolean;
}

function machineStates(root: Node): MachineState[] | undefined {
  const states = findNodeAtLocation(root, ['states']);
  if (states?.type !== 'object') return undefined;
  return (states.children ?? []).flatMap((prop) => {
    const [key, value] = prop.children ?? [];
    if (typeof key?.value !== 'string' || value?.type !== 'object') return [];
    const on = findNodeAtLocation(value, ['on']);
    const events = (on?.type === 'object' ? (on.children ?? []) : []).flatMap((p) =>
      typeof p.children?.[0]?.value === 'string' ? [p.children[0].value as string] : [],
    );
    return [
      {
        id: key.value,
        final: findNodeAtLocation(value, ['type'])?.value === 'final',
        events,
        timed: findNodeAtLocation(value, ['after'])?.type === 'object',
        router: findNodeAtLocation(value, ['always']) !== undefined && events.length === 0,
      },
    ];
  });
}

const choiceStub = (event: string) =>
  `### ${event}\n\n${SYNC_PLACEHOLDER} the choice's label, as the learner reads it on the button.\n\n${SYNC_PLACEHOLDER} the coaching note: what this move signals and why it helps or hurts.\n`;

const sceneStub = (state: MachineState) =>
  [
    `## ${state.id}`,
    '',
    state.final
      ? `${SYNC_PLACEHOLDER} this is an ending: write what happened as a result of the learner's choices.`
      : `${SYNC_PLACEHOLDER} write this scene: where the learner is, who is there, and what is at stake.`,
    '',
    ...state.events.map(choiceStub),
    ...(state.timed && !state.events.includes('TIME_UP') ? [choiceStub('TIME_UP')] : []),
  ].join('\n');

export function planSync(mdText: string, jsonText: string): SyncPlan {
  const errors: { error: number; offset: number }[] = [];
  const root = parseTree(jsonText, errors as never, { allowTrailingComma: false });
  const firstError = errors[0];
  if (!root || firstError) {
    const line = jsonText.slice(0, firstError?.offset ?? 0).split('\n').length;
    return { ok: false, file: 'machine.json', line, problem: 'machine.json is not valid JSON' };
  }
  const states = machineStates(root);
  if (!states)
    return { ok: false, file: 'machine.json', line: 1, problem: 'machine.json has no "states"' };
  const lines = mdText.split('\n');
  const found = sections(lines);
  const bySection = new Map(found.map((s) => [s.id, s]));
  const notes: string[] = [];
  // scenario.md: insertions keyed by the line they go before (lines.length = end of file).
  const inserts = new Map<number, string[]>();
  const insert = (before: number, text: string) =>
    inserts.set(before, [...(inserts.get(before) ?? []), text]);
  for (const state of states) {
    const section = bySection.get(state.id);
    if (state.router) continue;
    if (!section) {
      insert(lines.length, sceneStub(state));
      continue;
    }
    const next = found[found.indexOf(section) + 1]?.line ?? lines.length;
    const wanted = [...state.events, ...(state.timed ? ['TIME_UP'] : [])];
    for (const event of wanted)
      if (!section.events.includes(event) && !(event === 'TIME_UP' && state.events.includes(event)))
        insert(next, choiceStub(event));
    if (section.events.includes('TIME_UP') && !state.timed && !state.events.includes('TIME_UP'))
      notes.push(
        `scenario.md:${section.line + 1}: "${state.id}" has a "### TIME_UP" section but no "after" in machine.json; nothing was written: add the delay and where it leads yourself.`,
      );
  }
  const md = withInserts(lines, inserts);
  let json = jsonText;
  const indent = /\n([ \t]+)"/.exec(jsonText)?.[1] ?? '  ';
  const known = new Map(states.map((s) => [s.id, s]));
  const jsonAdded: string[][] = [];
  for (const section of found) {
    const state = known.get(section.id);
    if (!state) {
      json = addKey(json, ['states'], section.id, { on: {} }, indent);
      jsonAdded.push(['states', section.id]);
    }
    for (const event of section.events) {
      if (state?.events.includes(event) || (event === 'TIME_UP' && state?.timed)) continue;
      if (event === 'TIME_UP') continue;
      json = addKey(json, ['states', section.id, 'on'], event, { target: UNCHOSEN_TARGET }, indent);
      jsonAdded.push(['states', section.id, 'on', event]);
    }
  }
  const added: SyncAddition[] = [...mdAdditions(md, mdText), ...jsonAdditions(json, jsonAdded)];
  return { ok: true, md, json, added, notes };
}

function withInserts(lines: readonly string[], inserts: Map<number, string[]>): string {
  if (inserts.size === 0) return lines.join('\n');
  const out: string[] = [];
  for (let i = 0; i <= lines.length; i++) {
    const texts = inserts.get(i);
    if (texts) {
      // Keep a blank line between the author's last line and the stub.
      const last = out.at(-1);
      if (last !== undefined && last.trim() !== '') out.push('');
      if (i === lines.length && last === '') out.pop();
      for (const text of texts) out.push(...text.replace(/\n$/, '').split('\n'), '');
      if (i === lines.length) out.pop();
    }
    if (i < lines.length) out.push(lines[i] ?? '');
  }
  const text = out.join('\n');
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The headings in `after` that `before` does not have, with their new line numbers. */
function mdAdditions(after: string, before: string): SyncAddition[] {
  const old = new Set(
    sections(before.split('\n')).flatMap((s) => [
      `## ${s.id}`,
      ...s.events.map((e) => `${s.id}/${e}`),
    ]),
  );
  return sections(after.split('\n')).flatMap((s) => {
    const lines = after.split('\n');
    const out: SyncAddition[] = [];
    if (!old.has(`## ${s.id}`))
      out.push({ file: 'scenario.md', line: s.line + 1, what: `## ${s.id}` });
    let at = s.line;
    for (const e of s.events) {
      at = lines.findIndex((l, i) => i > at && CHOICE.exec(l)?.[1] === e);
      if (!old.has(`${s.id}/${e}`) && old.has(`## ${s.id}`))
        out.push({ file: 'scenario.md', line: at + 1, what: `### ${e} in "${s.id}"` });
    }
    return out;
  });
}

function jsonAdditions(json: string, paths: string[][]): SyncAddition[] {
  const root = parseTree(json);
  if (!root) return [];
  return paths.map((path) => {
    // An on entry is reported at its target, the line the author edits and the line
    // the check's CB220 names, so the two commands point at the same place.
    const node =
      path.length === 2
        ? findNodeAtLocation(root, path)?.parent
        : findNodeAtLocation(root, [...path, 'target']);
    const line = json.slice(0, node?.offset ?? 0).split('\n').length;
    const what =
      path.length === 2
        ? `state "${path[1]}" (no choices yet)`
        : `"${path[3]}" in "${path[1]}", target "${UNCHOSEN_TARGET}": choose where it leads`;
    return { file: 'machine.json', line, what };
  });
}

/**
 * `text` with `key: value` added as the last property of the object at `path` (made
 * `{}` first when missing), laid out in the file's own indent. Only inserts: jsonc-parser's
 * `modify` with formatting would reformat the author's neighbouring property.
 */
function addKey(text: string, path: string[], key: string, value: unknown, unit: string): string {
  const root = parseTree(text);
  let node = root && findNodeAtLocation(root, path);
  if (!node && path.length > 1) {
    text = addKey(text, path.slice(0, -1), path.at(-1) ?? '', {}, unit);
    const again = parseTree(text);
    node = again && findNodeAtLocation(again, path);
  }
  if (node?.type !== 'object') return text;
  const lineStart = text.lastIndexOf('\n', node.offset) + 1;
  const base = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const inner = base + unit;
  const body = JSON.stringify(value, null, unit).split('\n').join(`\n${inner}`);
  const entry = `\n${inner}${JSON.stringify(key)}: ${body}`;
  const last = node.children?.at(-1);
  if (last) {
    const end = last.offset + last.length;
    return `${text.slice(0, end)},${entry}${text.slice(end)}`;
  }
  const close = node.offset + node.length - 1;
  return `${text.slice(0, node.offset + 1)}${entry}\n${base}${text.slice(close)}`;
}
