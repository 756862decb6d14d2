/**
 * Issue 18: what a translation must match, read from the compiled source scenario: the
 * front matter's words, the briefing, then every scene and ending in the order of
 * scenario.md with its choices, each with the hash its lock must record and the shape
 * of its conditional blocks. The hash covers a part's own text (a scene: its title and
 * prose, not its choices, which have their own), so an edit makes exactly that part stale.
 */
import type { Block, CompiledScenario } from '../contract';
import { lockOf } from './translation-locks';

export interface SourceChoice {
  event: string;
  label: string;
  coaching: string;
  hash: string;
  skeleton: string;
}

export interface SourceScene {
  id: string;
  kind: 'scene' | 'ending';
  title?: string;
  prose: string;
  hash: string;
  skeleton: string;
  line: number;
  choices: SourceChoice[];
}

export interface SourceParts {
  frontHash: string;
  briefing: string;
  briefingHash: string;
  briefingSkeleton: string;
  scenes: SourceScene[];
}

export function sourceParts(compiled: CompiledScenario): SourceParts {
  const scenes = compiled.scenes
    .filter((s) => s.heading)
    .sort((a, b) => (a.heading?.range.start.offset ?? 0) - (b.heading?.range.start.offset ?? 0))
    .map((scene): SourceScene => ({
      id: scene.id,
      kind: scene.kind === 'ending' ? 'ending' : 'scene',
      ...(scene.title === undefined ? {} : { title: scene.title }),
      prose: scene.prose.markdown,
      hash: lockOf(scene.title ?? '', scene.prose.markdown),
      skeleton: skeleton(scene.prose.blocks),
      line: scene.heading?.range.start.line ?? 1,
      choices: scene.choices.map((c) => ({
        event: c.event,
        label: c.label,
        coaching: c.coaching.markdown,
        hash: lockOf(c.label, c.coaching.markdown),
        skeleton: skeleton(c.coaching.blocks),
      })),
    }));
  return {
    frontHash: frontHash(compiled),
    briefing: compiled.briefing.markdown,
    briefingHash: lockOf(compiled.briefing.markdown),
    briefingSkeleton: skeleton(compiled.briefing.blocks),
    scenes,
  };
}

/** The hash of the front matter's translatable words: title, summary, metric labels, the cast's names and roles. */
function frontHash(compiled: CompiledScenario): string {
  return lockOf(
    compiled.title,
    compiled.summary,
    ...compiled.metrics.map((m) => `${m.id}=${m.label}`),
    ...(compiled.characters ?? []).map((c) => `${c.id}=${c.name}|${c.role ?? ''}`),
  );
}

/**
 * The conditional blocks of some prose, in order and nested, as the author wrote them:
 * `::: when a` `::: unless b` `:::` `:::` (empty when it has none). Two parts match when
 * their skeletons are equal.
 */
export function skeleton(blocks: readonly Block[]): string {
  const out: string[] = [];
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.t !== 'when') continue;
      out.push(`::: ${block.negate ? 'unless' : 'when'} ${block.name}`);
      walk(block.c);
      out.push(':::');
    }
  };
  walk(blocks);
  return out.join(' ');
}
