/**
 * The limits of the scenario format, stated once. Every one is checked, and going
 * past it is a located diagnostic, never a crash, a hang or a silent drop: a file an
 * author can write has to be one the checker, the build and author mode can read in
 * time linear in its size. docs/format.md ("Limits") lists the same numbers; every
 * bundled scenario and the bench's 10,000-scene ones stay far inside them.
 */
import { METRIC_LIMIT } from '../contract/number-limits';

export const LIMITS = {
  /** UTF-8 bytes of machine.json (the bench's 10,000 scenes write about 10 MB). */
  machineBytes: 50_000_000,
  /** UTF-8 bytes of behaviours.json. */
  taxonomyBytes: 5_000_000,
  /** UTF-8 bytes of scenario.md's front matter. */
  frontMatterBytes: 64_000,
  /** Levels of `{ }` and `[ ]` in machine.json and behaviours.json (a scenario needs about 10). */
  jsonDepth: 64,
  /** Levels of indentation, `[ ]` and `{ }` in the front matter (it needs 2). */
  frontMatterDepth: 16,
  /** `and` / `or` / `not` guards inside one another. */
  guardDepth: 32,
  /** States (scenes, routers and endings) in one machine. */
  states: 50_000,
  /** Choices (events) of one scene. */
  choices: 100,
  /** Transitions of one choice, or `always` routes of one state. */
  transitions: 50,
  /** Actions of one transition. */
  actions: 50,
  /** Behaviour ids on one transition. */
  behavioursPerChoice: 20,
  /** Guards in one `and` / `or` list. */
  guardList: 100,
  /** Metrics (numbers) in `context`. */
  metrics: 50,
  /** Flags (true/false) in `context`. */
  flags: 100,
  /** Entries of behaviours.json. */
  behaviours: 5_000,
  /** Characters (code points) of a name: a state, event, metric, flag, key or behaviour id. */
  nameLength: 100,
  /** Characters (code points) of any other text in machine.json or behaviours.json. */
  textLength: 10_000,
  /** The largest number (either sign) in `context`, `adjust` and guard thresholds. */
  magnitude: METRIC_LIMIT,
} as const;

/** UTF-8 bytes of `text`, counted without allocating. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Code points of `text`, counted without allocating. */
export function codePoints(text: string): number {
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

/** "50,000" for messages. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Where `text` first opens a `{` or `[` deeper than `limit` levels, outside strings,
 * or undefined. One pass, no recursion and no tree: it runs before the parser (whose
 * recursion a deeper file would overflow). A string ends at its closing quote or, as
 * the JSON parser reads an unclosed one, at the end of the line.
 */
export function tooDeep(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */ || c === 0x0a || c === 0x0d) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > limit) return i;
    } else if ((c === 0x7d /* } */ || c === 0x5d) /* ] */ && depth > 0) depth--;
  }
  return undefined;
}
