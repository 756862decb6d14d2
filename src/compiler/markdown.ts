/**
 * Stage: the Markdown body of `scenario.md`, cut into the briefing, one section per
 * `## state-id[: Title]` and, inside it, one sub-section per `### EVENT` whose first
 * paragraph is the button label and whose rest is the coaching note. Uses marked's
 * lexer (an own instance); top-level tokens' `raw` texts add up to the source, which
 * is how every heading and paragraph keeps its position. Before marked, a linear pre-scan
 * (markdown-limits.ts) keeps out blocks nested too deep or too long, and marked itself runs
 * on a work budget (markdown-budget.ts); a block refused either way, or that marked throws
 * on, is reported at its line and stands as an empty paragraph, so the sections around it
 * are still read and checked.
 */
import type { Token, Tokens } from 'marked';
import type { Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import type { Body, ChoiceSection, Located, StateSection } from './body';
import { headingWithoutSpace, isHeadingWithoutSpace, lexBody } from './heading-without-space';
import { lexMetered, meteredMarked } from './markdown-budget';
import { scanBody, type Chunk } from './markdown-limits';
import { placeholder, refusalDiagnostic, unreadableDiagnostic } from './markdown-refusals';
import { finishChoice, forbiddenNested, spanOf } from './markdown-spans';
import type { SourceFile } from './source';
import { STATE_NAME } from './spelling';
import { words } from '../i18n/diagnostic-words';
import {
  findMarkers,
  isMarker,
  markerOf,
  withMarkers,
  type MarkerState,
} from './conditional-markers';

const lexer = meteredMarked([headingWithoutSpace]);

export function parseBody(
  file: SourceFile,
  bodyOffset: number,
): { body: Body; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // Format v1.1 (cond15): `:::` marker lines are blanked for marked and put back as tokens.
  const { masked, markers } = findMarkers(file.text, bodyOffset);
  const lexFile: SourceFile = markers.length > 0 ? { ...file, text: masked } : file;
  const tokens = withMarkers(locate(lexFile, bodyOffset, diagnostics), markers);
  const markerState: MarkerState = {
    uses: [],
    carried: 0,
    closes: markers.filter((m) => markerOf(m).kind === 'close').map((m) => m.start),
  };
  const body: Body = {
    briefing: { markdown: '', start: bodyOffset, blocks: [] },
    sections: [],
    strays: [],
  };
  let section: StateSection | undefined;
  let choice: ChoiceSection | undefined;
  /** After a malformed `##`, its choices are not reported again as being outside a section. */
  let orphaned = false;
  let pending: Located[] = [];
  const seenSections = new Set<string>();

  const flush = () => {
    const span = () =>
      spanOf(file, pending, pending[0]?.start ?? bodyOffset, diagnostics, markerState);
    // A stray choice's label and coaching are checked once it is under its state's heading.
    if (choice) finishChoice(file, choice, pending, section ? diagnostics : [], markerState);
    else if (section) section.prose = span();
    else body.briefing = span();
    pending = [];
  };

  for (const item of tokens) {
    const { token } = item;
    if (isMarker(item) || token.type !== 'heading') {
      forbiddenNested(file, item, diagnostics);
      pending.push(item);
      continue;
    }
    const heading = token as Tokens.Heading;
    const range = file.lineRange(file.position(item.start + heading.raw.search(/\S/)).line);
    if (!/^ {0,3}#/.test(heading.raw)) {
      diagnostics.push(
        diagnostic(
          'CB406',
          file.path,
          file.lineRange(file.position(item.start + heading.raw.trimEnd().length).line),
          words('diagnostics.CB406.underline', {
            sign: heading.raw.trimEnd().slice(-1) === '=' ? '=' : '-',
            text: heading.text.slice(0, 40),
          }),
        ),
      );
      pending.push(item);
      continue;
    }
    if (heading.depth === 1 || heading.depth > 3) {
      if (heading.depth === 1) {
        diagnostics.push(
          diagnostic('CB406', file.path, range, words('diagnostics.CB406.levelOne')),
        );
      }
      pending.push(item);
      continue;
    }
    flush();
    const text = heading.text.trim();
    if (isHeadingWithoutSpace(heading)) {
      const hashes = '#'.repeat(heading.depth);
      diagnostics.push(
        diagnostic('CB408', file.path, range, words('diagnostics.CB408.noSpace', { hashes, text })),
      );
    }
    if (heading.depth === 2) {
      choice = undefined;
      const match = /^([^\s:]+)\s*(?::\s*(.*))?$/.exec(text);
      const firstWord = /^[^\s:]+/.exec(text)?.[0];
      if (!match?.[1]) {
        const title = firstWord ? text.slice(firstWord.length).replace(/^[\s:\-–—]+/, '') : '';
        diagnostics.push(
          diagnostic(
            'CB408',
            file.path,
            range,
            firstWord && title && STATE_NAME.test(firstWord)
              ? words('diagnostics.CB408.idAndTitle', { text, id: firstWord, title })
              : words('diagnostics.CB408.noState', { text }),
          ),
        );
        if (!firstWord) {
          section = undefined;
          orphaned = true;
          continue;
        }
      }
      const id = match?.[1] ?? (firstWord as string);
      if (seenSections.has(id)) {
        diagnostics.push(
          diagnostic('CB407', file.path, range, words('diagnostics.CB407.state', { id })),
        );
      }
      seenSections.add(id);
      orphaned = false;
      section = {
        id,
        heading: range,
        prose: { markdown: '', start: item.end, blocks: [] },
        choices: [],
      };
      if (match?.[2]?.trim()) section.title = match[2].trim();
      if (!match) section.malformed = true;
      body.sections.push(section);
    } else {
      choice = undefined;
      if (!section && orphaned) continue;
      if (!/^\S+$/.test(text)) {
        diagnostics.push(
          diagnostic('CB408', file.path, range, words('diagnostics.CB408.choiceWords', { text })),
        );
      }
      const event = /^[^\s:]*/.exec(text)?.[0] ?? '';
      if (event === '') continue;
      const siblings = section ? section.choices : body.strays;
      if (section && siblings.some((c) => c.event === event)) {
        diagnostics.push(
          diagnostic(
            'CB407',
            file.path,
            range,
            words('diagnostics.CB407.choice', { event, state: section.id }),
          ),
        );
      }
      choice = {
        event,
        heading: range,
        coaching: { markdown: '', start: item.end, blocks: [] },
      };
      if (event !== text) choice.malformed = true;
      siblings.push(choice);
    }
  }
  flush();
  if (markerState.uses.length > 0) body.conditionUses = markerState.uses;
  return { body, diagnostics };
}

function locate(file: SourceFile, from: number, diagnostics: Diagnostic[]): Located[] {
  const scan = scanBody(file.text, from);
  const out: Located[] = [];
  let at = from;
  for (const refusal of scan.refusals) {
    lexSegment(file, { start: at, end: refusal.start }, scan.chunks, out, diagnostics);
    diagnostics.push(refusalDiagnostic(file, refusal));
    const raw = file.text.slice(refusal.start, refusal.end);
    out.push({ token: placeholder(raw), start: refusal.start, end: refusal.end });
    at = refusal.end;
  }
  lexSegment(file, { start: at, end: file.text.length }, scan.chunks, out, diagnostics);
  return out;
}

const lex = (source: string) => lexMetered(source, (s) => lexBody(s, (b) => lexer.lexer(b)));

/**
 * Lex the blocks between two refusals at once (as marked reads a whole document); if that
 * fails, lex them one block at a time, so that only the blocks that fail are lost.
 */
function lexSegment(
  file: SourceFile,
  segment: Chunk,
  chunks: Chunk[],
  out: Located[],
  diagnostics: Diagnostic[],
): void {
  if (segment.start >= segment.end) return;
  let whole: unknown;
  try {
    place(file.text, segment, lex(file.text.slice(segment.start, segment.end)), out);
    return;
  } catch (error) {
    whole = error;
  }
  let failed = false;
  for (const chunk of chunks) {
    if (chunk.end <= segment.start || chunk.start >= segment.end) continue;
    const part = {
      start: Math.max(chunk.start, segment.start),
      end: Math.min(chunk.end, segment.end),
    };
    const raw = file.text.slice(part.start, part.end);
    try {
      place(file.text, part, lex(raw), out);
    } catch (error) {
      failed = true;
      diagnostics.push(unreadableDiagnostic(file, part, error));
      out.push({ token: placeholder(raw), ...part });
    }
  }
  if (!failed) diagnostics.push(unreadableDiagnostic(file, segment, whole));
}

/** Tokens of `text.slice(segment.start, segment.end)` with their offsets in `text`. */
function place(text: string, segment: Chunk, tokens: Token[], out: Located[]): void {
  // The raws add up to the source (the usual case): offsets follow without searching.
  const aligned = tokens.reduce((n, t) => n + t.raw.length, 0) === segment.end - segment.start;
  let offset = segment.start;
  for (const token of tokens) {
    let start = offset;
    if (!aligned && !text.startsWith(token.raw, offset)) {
      const found = text.indexOf(token.raw, offset);
      if (found >= 0) start = found;
    }
    out.push({ token, start, end: start + token.raw.length });
    offset = start + token.raw.length;
  }
}

/** A `###` choice before any `##` section that belongs to no state missing its heading. */
export function strayChoice(file: SourceFile, choice: ChoiceSection): Diagnostic {
  return diagnostic(
    'CB406',
    file.path,
    choice.heading,
    words('diagnostics.CB406.strayChoice', { event: choice.event }),
  );
}
