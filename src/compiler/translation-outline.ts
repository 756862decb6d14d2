/**
 * Issue 18: where the parts of an existing `scenario.<lang>.md` are, line by line, with
 * their locks, so that `scenario translate` can keep every translated part as the
 * translator wrote it and insert only what is missing. Read with the same parsers as
 * the check (front matter, locks, body), so both agree on what a part is.
 */
import { parseFrontMatter } from './frontmatter';
import { parseBody } from './markdown';
import { sourceFile } from './source';
import { findLocks, lockAfter, type Lock } from './translation-locks';

interface OutlinePart {
  /** 1-based: the part's first line (its heading) and the line after its last. */
  from: number;
  to: number;
  lock?: string;
}

interface OutlineScene extends OutlinePart {
  id: string;
  /** The scene's own lines: its heading and prose, up to its first choice. */
  proseTo: number;
  choices: (OutlinePart & { event: string })[];
}

export interface Outline {
  /** The file's lines (line breaks normalised). */
  lines: string[];
  /** The front matter is lines 1 … `front.to - 1`; the briefing runs from there to the first `##`. */
  front: OutlinePart;
  briefing: OutlinePart;
  scenes: OutlineScene[];
}

/** The outline, or undefined when the front matter cannot be read (then nothing can be kept safely). */
export function translationOutline(path: string, text: string): Outline | undefined {
  const file = sourceFile(path, text);
  const front = parseFrontMatter(file).front;
  if (!front) return undefined;
  const { masked, locks } = findLocks(file, front.bodyOffset);
  const { body } = parseBody({ ...file, text: masked }, front.bodyOffset);
  const lines = file.text.split('\n');
  const end = lines.length + 1;
  const bodyLine = Math.min(file.position(front.bodyOffset).line, end);
  const frontTo = front.bodyOffset > file.text.length ? end : bodyLine;
  const starts = body.sections.flatMap((s) => [
    s.heading.start.line,
    ...s.choices.map((c) => c.heading.start.line),
  ]);
  const next = (line: number) => starts.find((s) => s > line) ?? end;
  const sourceLine = /^source:\s*(.*?)\s*(#.*)?$/m.exec(lines.slice(1, frontTo - 2).join('\n'));
  const lockText = (lock: Lock | undefined) => (lock ? { lock: lock.hash } : {});
  return {
    lines,
    front: {
      from: 1,
      to: frontTo,
      ...(sourceLine ? { lock: (sourceLine[1] ?? '').replace(/^["']|["']$/g, '') } : {}),
    },
    briefing: {
      from: frontTo,
      to: starts[0] ?? end,
      ...lockText(lockAfter(file, locks, frontTo - 1)),
    },
    scenes: body.sections.map((s) => {
      const line = s.heading.start.line;
      const choices = s.choices.map((c) => {
        const at = c.heading.start.line;
        return { event: c.event, from: at, to: next(at), ...lockText(lockAfter(file, locks, at)) };
      });
      const last = choices[choices.length - 1];
      return {
        id: s.id,
        from: line,
        to: last ? last.to : next(line),
        proseTo: choices[0]?.from ?? next(line),
        choices,
        ...lockText(lockAfter(file, locks, line)),
      };
    }),
  };
}
