/**
 * Format v1.1 (cond15): the `::: when NAME` / `::: unless NAME` … `:::` lines of
 * scenario.md. marked would read them as paragraph text, so before marked runs they are
 * found line by line (outside fenced code) and blanked to spaces of the same length: the
 * lexer sees a blank line there (so the markers split paragraphs) and every offset stays
 * the author's. The markers come back as pseudo-tokens in the section's token list, and
 * `conditionalBlocks` nests the blocks between them into `{ t: 'when' }` blocks.
 */
import type { Token } from 'marked';
import type { Block, Diagnostic, Range } from '../contract';
import { diagnostic } from '../contract/catalogue';
import type { Located } from './body';
import type { SourceFile } from './source';
import { q } from './quote';
import { blankLines } from './blank-lines';
import { words } from '../i18n/diagnostic-words';

export type Marker =
  | { kind: 'open'; name: string; negate: boolean }
  | { kind: 'close' }
  | { kind: 'bad'; text: string };

/** A marker line, as a token marked never produces. */
interface MarkerToken {
  type: 'condition-marker';
  raw: string;
  marker: Marker;
}

const MARKER_LINE = /^ {0,3}:::(.*)$/;

export function isMarker(item: Located): boolean {
  return (item.token as { type: string }).type === 'condition-marker';
}

export function markerOf(item: Located): Marker {
  return (item.token as unknown as MarkerToken).marker;
}

function readMarker(rest: string): Marker {
  const text = rest.trim();
  if (text === '') return { kind: 'close' };
  const match = /^(when|unless)\s+(\S+)$/.exec(text);
  if (!match) return { kind: 'bad', text };
  return { kind: 'open', name: match[2] as string, negate: match[1] === 'unless' };
}

/** The marker lines from `from` on, and the text with them blanked for the lexer. */
export function findMarkers(text: string, from: number): { masked: string; markers: Located[] } {
  // No ":::" anywhere: nothing to find, and v1 scenarios pay one search, not a line walk.
  if (text.indexOf(':::', from) < 0) return { masked: text, markers: [] };
  const markers: Located[] = [];
  const masked = blankLines(text, from, MARKER_LINE, (match, line, start, end) => {
    const token: MarkerToken = {
      type: 'condition-marker',
      raw: line,
      marker: readMarker(match[1] ?? ''),
    };
    markers.push({ token: token as unknown as Token, start, end });
  });
  return { masked, markers };
}

/** Tokens and markers in source order (a marker goes after a token that starts before it). */
export function withMarkers(tokens: Located[], markers: Located[]): Located[] {
  if (markers.length === 0) return tokens;
  const out: Located[] = [];
  let m = 0;
  for (const item of tokens) {
    while (m < markers.length && (markers[m] as Located).start < item.start)
      out.push(markers[m++] as Located);
    out.push(item);
  }
  while (m < markers.length) out.push(markers[m++] as Located);
  return out;
}

/** A `::: when` that was used, for checking its name once the machine is known. */
interface ConditionUse {
  name: string;
  range: Range;
}

/** Shared across the sections of one body: blocks left open at a heading. */
export interface MarkerState {
  uses: ConditionUse[];
  /** Closers still owed by a block that ran into a heading (reported there, not again). */
  carried: number;
  /** Offsets of every closing line in the file, to tell "runs into a heading" from "never closed". */
  closes: number[];
}

/**
 * Nest a span's blocks between its markers. `toBlocks` turns one token into blocks
 * (with its warnings). Unclosed and stray markers are reported at their lines.
 */
export function conditionalBlocks(
  file: SourceFile,
  items: Located[],
  state: MarkerState | undefined,
  toBlocks: (item: Located) => Block[],
  diagnostics: Diagnostic[],
): Block[] {
  const root: Block[] = [];
  const stack: { block: Extract<Block, { t: 'when' }>; item: Located }[] = [];
  const target = () => stack[stack.length - 1]?.block.c ?? root;
  const at = (item: Located) => file.lineRange(file.position(item.start).line);
  for (const item of items) {
    if (!isMarker(item)) {
      target().push(...toBlocks(item));
      continue;
    }
    const marker = markerOf(item);
    if (marker.kind === 'open') {
      const block: Block = { t: 'when', name: marker.name, negate: marker.negate, c: [] };
      target().push(block);
      stack.push({ block, item });
      state?.uses.push({ name: marker.name, range: at(item) });
    } else if (marker.kind === 'close') {
      if (stack.pop()) continue;
      if (state && state.carried > 0) {
        state.carried--;
        continue;
      }
      diagnostics.push(
        diagnostic('CB419', file.path, at(item), words('diagnostics.CB419.strayClose')),
      );
    } else {
      diagnostics.push(
        diagnostic(
          'CB422',
          file.path,
          at(item),
          words('diagnostics.CB422.malformed', { line: q(`::: ${marker.text}`) }),
        ),
      );
    }
  }
  const end = items[items.length - 1]?.end ?? 0;
  for (const open of stack) {
    const closedLater = state?.closes.some((c) => c >= end) ?? false;
    if (closedLater && state) state.carried++;
    const opener = file.text.slice(open.item.start, open.item.end).trim();
    diagnostics.push(
      diagnostic(
        closedLater ? 'CB421' : 'CB418',
        file.path,
        at(open.item),
        closedLater
          ? words('diagnostics.CB421.pastHeading', { opener: q(opener) })
          : words('diagnostics.CB418.unclosed', { opener: q(opener) }),
      ),
    );
  }
  return root;
}
