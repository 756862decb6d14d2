/**
 * Last stage: with no errors left, turn the checked models into the
 * `CompiledScenario` contract — scenes in machine order, choices in the order of
 * their `###` sections, prose and coaching as Markdown with where they start.
 */
import {
  COMPILED_FORMAT_VERSION,
  type Character,
  type Choice,
  type CompiledScenario,
  type Outcome,
  type Prose,
  type Scene,
  type Taxonomy,
  type Transition,
  type Guard,
} from '../contract';
import type { FrontMatter } from './frontmatter';
import { contentHash } from './hash';
import { nodeRange } from './json';
import { isRouter } from './link';
import type { MachineModel, StateModel } from './machine';
import type { Body, Span, StateSection } from './body';
import type { Resolved } from './resolve-transitions';
import type { SourceFile } from './source';
import type { TransitionModel } from './transitions';
import type { checkImages } from './images';
import { bytesHash } from './hash';

interface Parts {
  md: SourceFile;
  json: SourceFile;
  front: FrontMatter;
  body: Body;
  machine: MachineModel;
  resolved: Resolved;
  taxonomy?: Taxonomy;
  images?: ReturnType<typeof checkImages>;
  /** Format v1.1 (cond15): `meta.conditions` resolved, when declared. */
  conditions?: Map<string, Guard | undefined>;
}

export function assemble(parts: Parts): CompiledScenario | undefined {
  const { md, front, body, machine, taxonomy } = parts;
  if (
    !machine.id ||
    !machine.initial ||
    !front.title ||
    !front.summary ||
    !front.audience ||
    !front.minutes
  )
    return undefined;
  const sections = new Map(body.sections.map((s) => [s.id, s]));
  const scenes = machine.states.map((state) => scene(parts, state, sections.get(state.id)));
  const used = new Set(scenes.flatMap((s) => s.choices.flatMap((c) => c.behaviours)));
  const usedTaxonomy = JSON.stringify(taxonomy?.behaviours.filter((b) => used.has(b.id)) ?? []);
  const compiled: CompiledScenario = {
    formatVersion: COMPILED_FORMAT_VERSION,
    id: machine.id,
    title: front.title,
    summary: front.summary,
    audience: front.audience,
    minutes: front.minutes,
    showMetrics: front.showMetrics,
    shuffle: front.shuffle,
    briefing: prose(md, body.briefing),
    metrics: [...machine.metrics].map(([id, entry]) => ({
      id,
      label: front.metrics.get(id)?.label ?? id,
      initial: entry.initial,
    })),
    flags: [...machine.flags].map(([id, entry]) => ({ id, initial: entry.initial })),
    initial: machine.initial,
    scenes,
    ...conditionsOf(parts),
    contentHash: contentHash(md.text, parts.json.text, usedTaxonomy, ...assetHashes(parts)),
  };
  if (front.characters && front.characters.length > 0)
    compiled.characters = front.characters.map((c) => {
      const character: Character = { id: c.id, name: c.name };
      if (c.role) character.role = c.role;
      const portrait = parts.images?.portraits.get(c.id);
      if (portrait) character.portrait = portrait;
      return character;
    });
  return compiled;
}

/** Format v1.1: the used image files' bytes, so a changed picture changes the hash (nothing when no image is used). */
function assetHashes(parts: Parts): string[] {
  return [...(parts.images?.used ?? new Map())].map(
    ([path, { bytes }]: [string, { bytes: Uint8Array }]) => `${path}:${bytesHash(bytes)}`,
  );
}

function scene(parts: Parts, state: StateModel, section: StateSection | undefined): Scene {
  const { md, json } = parts;
  const kind = state.final ? 'ending' : isRouter(state) ? 'router' : 'scene';
  const out: Scene = {
    id: state.id,
    kind,
    prose: section
      ? prose(md, section.prose)
      : { markdown: '', blocks: [], source: { file: md.path, range: md.range(0, 0) } },
    choices: [],
    routes: state.always.map((t) => transition(parts, t)),
    source: { file: json.path, range: nodeRange(json, state.keyNode) },
  };
  if (section?.title) out.title = section.title;
  if (section) out.heading = { file: md.path, range: section.heading };
  if (state.final) out.outcome = String(state.outcomeNode?.value) as Outcome;
  for (const choiceSection of section?.choices ?? []) {
    const event = state.events.find((e) => e.event === choiceSection.event);
    if (!event) continue;
    const choice: Choice = {
      event: event.event,
      label: choiceSection.label ?? event.event,
      labelInline: choiceSection.labelInline ?? [{ t: 'text', v: event.event }],
      coaching: prose(md, choiceSection.coaching),
      behaviours: [...new Set(event.transitions.flatMap((t) => t.behaviours.map((b) => b.id)))],
      transitions: event.transitions.map((t) => transition(parts, t)),
      heading: { file: md.path, range: choiceSection.heading },
      source: { file: json.path, range: nodeRange(json, event.keyNode) },
    };
    if (event.timeout !== undefined) choice.timeout = event.timeout;
    out.choices.push(choice);
  }
  return out;
}

function transition(parts: Parts, t: TransitionModel): Transition {
  const resolved = parts.resolved.get(t.node.offset);
  const out: Transition = {
    target: t.target ?? '',
    actions: resolved?.actions ?? [],
    source: { file: parts.json.path, range: nodeRange(parts.json, t.node) },
  };
  if (resolved?.guard) out.guard = resolved.guard;
  if (resolved?.guardName) out.guardName = resolved.guardName;
  if (resolved?.guard && t.guardNode)
    out.guardSource = { file: parts.json.path, range: nodeRange(parts.json, t.guardNode) };
  return out;
}

function prose(file: SourceFile, span: Span): Prose {
  return {
    markdown: span.markdown,
    blocks: span.blocks,
    source: { file: file.path, range: file.range(span.start, span.start + span.markdown.length) },
  };
}

/** Format v1.1 (cond15): `conditions` only when machine.json declares them (v1 output unchanged). */
function conditionsOf(parts: Parts): { conditions?: Record<string, Guard> } {
  if (!parts.conditions) return {};
  const conditions: Record<string, Guard> = {};
  for (const [name, guard] of parts.conditions) if (guard) conditions[name] = guard;
  return { conditions };
}
