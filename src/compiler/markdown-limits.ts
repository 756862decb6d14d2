/**
 * A linear pre-scan of the Markdown body, run before marked ever sees it: marked's block
 * lexer recurses once per level of quote or list (10,000 `>` overflow the stack, 2,200
 * nested list levels take a minute and gigabytes), and its inline lexer is quadratic in the
 * length of a block. So the body is cut into blocks (lines without a blank line between
 * them; a fenced code block is one block, and a heading line is always a block of its own),
 * and a block is refused, with its line, when
 * - it nests quotes and list items more than {@link MAX_NESTING} deep (counted per line
 *   with the open containers of the lines above, as CommonMark does), or
 * - it is longer than {@link MAX_BLOCK_CHARS} characters.
 * A refused block never reaches marked; the blocks around it still do, so the sections
 * before and after it are checked as usual. Each line is looked at once, with at most
 * `MAX_NESTING + 1` open containers, so the scan is linear in the body's length.
 */

/** Quotes and list items inside each other, at most (a scene needs two or three). */
export const MAX_NESTING = 16;
/** Characters in one block (a paragraph, a list without blank lines, a code block), at most. */
export const MAX_BLOCK_CHARS = 20_000;

/** A run of whole lines of the body: `[start, end)` offsets into the file's text. */
export interface Chunk {
  start: number;
  /** Offset after the last line's line break (the next chunk's start, or the text's end). */
  end: number;
}

export interface Refusal extends Chunk {
  kind: 'nesting' | 'length';
  /** Offset of the start of the line to point at (the first too-deep line, or the block's first line). */
  at: number;
  /** How deep the line nests, or how long the block is. */
  amount: number;
}

export interface BodyScan {
  /** The body cut into blocks; together they cover it from `from` to the end, in order. */
  chunks: Chunk[];
  /** Blocks that must not reach marked; neighbours merged, so one refusal per place. */
  refusals: Refusal[];
  /** The deepest nesting of any line (counted on past the limit). */
  deepest: number;
}

interface Container {
  quote: boolean;
  /** For a list item: the column its content starts at. */
  indent: number;
}

interface OpenChunk {
  start: number;
  deepest: number;
  /** The first line nested deeper than the limit. */
  deepAt: number;
}

interface Fence {
  /** The opening run of backticks or tildes; the closing one starts with it. */
  marker: string;
  /** How many containers were open when it began. */
  depth: number;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)|^ {0,3}#{2,3}[^\s#]/;
const THEMATIC_BREAK = /^(?:([-*_])[ \t]*)(?:\1[ \t]*){2,}$/;
const FENCE = /^(`{3,}|~{3,})([^`]*)$/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;

export function scanBody(text: string, from: number): BodyScan {
  const chunks: Chunk[] = [];
  /** Per chunk: how it is refused, if it is. */
  const verdicts: (Omit<Refusal, 'start' | 'end'> | undefined)[] = [];
  let stack: Container[] = [];
  let fence: Fence | undefined;
  let inParagraph = false;
  let chunk: OpenChunk | undefined;

  let deepest = 0;
  const open = (at: number) => (chunk ??= { start: at, deepest: 0, deepAt: at });
  const note = (current: OpenChunk, depth: number, at: number) => {
    deepest = Math.max(deepest, depth);
    if (depth <= current.deepest) return;
    if (current.deepest <= MAX_NESTING) current.deepAt = at;
    current.deepest = depth;
  };
  const close = (end: number) => {
    if (!chunk) return;
    const length = end - chunk.start;
    chunks.push({ start: chunk.start, end });
    verdicts.push(
      chunk.deepest > MAX_NESTING
        ? { kind: 'nesting', at: chunk.deepAt, amount: chunk.deepest }
        : length > MAX_BLOCK_CHARS
          ? { kind: 'length', at: chunk.start, amount: length }
          : undefined,
    );
    chunk = undefined;
  };

  for (let lineStart = from; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const next = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd);
    const blank = line.trim() === '';

    // 1. The containers this line continues (a blank line continues list items, not quotes).
    const cursor = { i: 0, col: 0 };
    let matched = 0;
    for (const container of stack) {
      const save = { ...cursor };
      if (container.quote) {
        skipSpaces(line, cursor, 3);
        if (line[cursor.i] !== '>') {
          Object.assign(cursor, save);
          break;
        }
        cursor.i++;
        cursor.col++;
        skipSpaces(line, cursor, 1);
      } else if (!blank) {
        skipSpaces(line, cursor, container.indent - cursor.col);
        if (cursor.col < container.indent) {
          Object.assign(cursor, save);
          break;
        }
      }
      matched++;
    }

    // 2. Inside a fenced code block nothing opens; it ends at its closing fence or with its
    // container. Markers on its lines still count towards the depth: marked and CommonMark do
    // not always agree where a fence ends, and the count must never be lower than marked's.
    if (fence && matched >= fence.depth) {
      const probe = { ...cursor };
      const { count } = openContainers(line, probe, true, MAX_NESTING + 1);
      note(open(lineStart), matched + count, lineStart);
      const closing = line.slice(cursor.i);
      if (indentation(line, cursor) <= 3 && closing.trimStart().startsWith(fence.marker))
        if (/^[`~]+\s*$/.test(closing.trimStart())) fence = undefined;
      lineStart = next;
      continue;
    }
    fence = undefined;

    if (blank) {
      close(lineStart);
      stack = stack.slice(0, matched);
      inParagraph = false;
      lineStart = next;
      continue;
    }

    // 3. New containers opened on this line, each marker at most 3 spaces in. Past the limit
    // only their count matters, so the stack never holds more than MAX_NESTING + 1. A line that
    // continues a paragraph without its containers' markers ("lazily") keeps them open; marked
    // also reads list markers on such a line, at any indentation, as a list inside them.
    const lazyCandidate = matched < stack.length && inParagraph;
    const contentStart = { ...cursor };
    const { opened, count } = openContainers(line, cursor, lazyCandidate, stack.length);
    const content = line.slice(cursor.i);
    const indent = indentation(line, contentStart);
    // Markers at most 3 columns in start a sibling (CommonMark and marked agree); further in,
    // marked reads them as a list inside the lazily continued item.
    const lazy =
      lazyCandidate &&
      (count > 0
        ? indent > 3
        : !HEADING.test(content) &&
          !(FENCE.test(content.trimStart()) && indent <= 3) &&
          !THEMATIC_BREAK.test(content));
    const depth = lazy ? stack.length + count : matched + count;
    if (lazy) stack = [...stack, ...opened].slice(0, MAX_NESTING + 1);
    else stack = [...stack.slice(0, matched), ...opened].slice(0, MAX_NESTING + 1);

    const heading = stack.length === 0 && HEADING.test(line);
    if (heading) close(lineStart);
    note(open(lineStart), depth, lineStart);
    const opensFence = FENCE.exec(content.trimStart());
    if (opensFence?.[1] && indentation(line, cursor) <= 3) {
      fence = { marker: opensFence[1], depth: stack.length };
      inParagraph = false;
    } else inParagraph = !heading && !THEMATIC_BREAK.test(content);
    if (heading) close(next);
    lineStart = next;
  }
  close(text.length);
  return { ...cover(chunks, verdicts, from, text.length), deepest };
}

/**
 * Chunks stretched over the blank lines between them (so that they add up to the body),
 * and the refused ones merged with refused neighbours: a deep list with blank lines between
 * its items is one place to fix, not one per item.
 */
function cover(
  chunks: Chunk[],
  verdicts: (Omit<Refusal, 'start' | 'end'> | undefined)[],
  from: number,
  end: number,
): Omit<BodyScan, 'deepest'> {
  const first = chunks[0];
  if (first) first.start = from;
  chunks.forEach((chunk, i) => (chunk.end = chunks[i + 1]?.start ?? end));
  const refusals: Refusal[] = [];
  let previous: Omit<Refusal, 'start' | 'end'> | undefined;
  chunks.forEach((chunk, i) => {
    const verdict = verdicts[i];
    const last = refusals[refusals.length - 1];
    if (verdict && previous && last) {
      last.end = chunk.end;
      if (verdict.kind === 'nesting' && last.kind === 'nesting')
        last.amount = Math.max(last.amount, verdict.amount);
    } else if (verdict) refusals.push({ ...verdict, ...chunk });
    previous = verdict;
  });
  return { chunks, refusals };
}

/**
 * Read the quote and list markers that open containers at `cursor`: the first at most 3
 * columns in (at any indentation when `anyIndent`), the others after any gap. Returns the
 * first ones (up to the limit) and how many there were.
 */
function openContainers(
  line: string,
  cursor: { i: number; col: number },
  anyIndent: boolean,
  open: number,
): { opened: Container[]; count: number } {
  const opened: Container[] = [];
  let count = 0;
  for (;;) {
    const save = { ...cursor };
    const indentFrom = cursor.col;
    skipSpaces(line, cursor, Infinity);
    // After a marker any gap will do: marked reads `- \t- a` as two lists where CommonMark sees code.
    const near = count > 0 || anyIndent || cursor.col - indentFrom <= 3;
    const here = line.slice(cursor.i, cursor.i + 12);
    let container: Container | undefined;
    if (near && here[0] === '>') {
      cursor.i++;
      cursor.col++;
      skipSpaces(line, cursor, 1);
      container = { quote: true, indent: 0 };
    } else if (near) {
      const marker = LIST_MARKER.exec(here);
      if (marker && !THEMATIC_BREAK.test(line.slice(cursor.i))) {
        cursor.i += marker[0].length;
        cursor.col += marker[0].length;
        const markerEnd = cursor.col;
        const afterMarker = { ...cursor };
        skipSpaces(line, cursor, Infinity);
        if (cursor.col - markerEnd > 4 || cursor.i >= line.length) {
          Object.assign(cursor, afterMarker);
          skipSpaces(line, cursor, 1);
          container = { quote: false, indent: markerEnd + 1 };
        } else container = { quote: false, indent: cursor.col };
      }
    }
    if (!container) {
      Object.assign(cursor, save);
      return { opened, count };
    }
    count++;
    if (open + opened.length <= MAX_NESTING) opened.push(container);
    // Past the limit one more marker changes nothing, and reading on would test the rest of
    // the line for a thematic break once per marker: `- - - …` 100,000 times took minutes.
    if (count > MAX_NESTING + 1) return { opened, count };
  }
}

/** Columns of spaces and tabs at `cursor` (without moving it). */
function indentation(line: string, cursor: { i: number; col: number }): number {
  const probe = { ...cursor };
  skipSpaces(line, probe, Infinity);
  return probe.col - cursor.col;
}

/** Advance over up to `columns` columns of spaces and tabs (a tab reaches the next multiple of 4). */
function skipSpaces(line: string, cursor: { i: number; col: number }, columns: number): void {
  const limit = cursor.col + columns;
  while (cursor.i < line.length && cursor.col < limit) {
    const c = line[cursor.i];
    if (c === ' ') cursor.col++;
    else if (c === '\t') cursor.col += 4 - (cursor.col % 4);
    else break;
    cursor.i++;
  }
}
