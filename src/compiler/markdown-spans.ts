/**
 * The parts of a `scenario.md` section below its heading: the prose as safe blocks
 * (with a warning wherever something is shown as plain text), a choice's label and
 * coaching note, and headings hidden in quotes or lists. Split from markdown.ts, which
 * cuts the body into sections.
 */
import type { Token, Tokens } from 'marked';
import type { Block, Diagnostic } from '../contract';
import { diagnostic } from '../contract/catalogue';
import type { ChoiceSection, Located, Span } from './body';
import { blocks, inlines, type Downgrade } from './prose';
import type { SourceFile } from './source';
import { conditionalBlocks, isMarker, markerOf, type MarkerState } from './conditional-markers';
import { words } from '../i18n/diagnostic-words';

export function finishChoice(
  file: SourceFile,
  choice: ChoiceSection,
  items: Located[],
  diagnostics: Diagnostic[],
  markers?: MarkerState,
): void {
  const content = labelOutsideConditions(
    file,
    items.filter((i) => i.token.type !== 'space'),
    diagnostics,
  );
  const first = content[0];
  if (!first || first.token.type !== 'paragraph') {
    const where = first ? file.lineRange(file.position(first.start).line) : choice.heading;
    diagnostics.push(
      diagnostic(
        'CB405',
        file.path,
        where,
        first
          ? words('diagnostics.CB405.startsWith', { event: choice.event, type: first.token.type })
          : words('diagnostics.CB405.empty', { event: choice.event }),
      ),
    );
    choice.coaching = spanOf(
      file,
      content,
      first?.start ?? choice.coaching.start,
      diagnostics,
      markers,
    );
    return;
  }
  choice.label = first.token.raw.trim();
  const downgrades: Downgrade[] = [];
  choice.labelInline = inlines((first.token as Tokens.Paragraph).tokens, downgrades);
  for (const d of downgrades) reportDowngrade(file, first, d, diagnostics);
  choice.labelRange = file.range(first.start, first.start + first.token.raw.trimEnd().length);
  const rest = content.slice(1);
  choice.coaching = spanOf(file, rest, rest[0]?.start ?? first.end, diagnostics, markers);
  if (choice.coaching.markdown === '') {
    diagnostics.push(
      diagnostic(
        'CB410',
        file.path,
        choice.heading,
        words('diagnostics.CB410.noCoaching', { event: choice.event }),
      ),
    );
  }
}

/**
 * Format v1.1 (cond15): a choice's label (its first paragraph) is never conditional. A
 * marker before it is reported and left out, with the `:::` that closes it, so the label
 * and the coaching are still read.
 */
function labelOutsideConditions(
  file: SourceFile,
  content: Located[],
  diagnostics: Diagnostic[],
): Located[] {
  const first = content[0];
  if (!first || !isMarker(first) || markerOf(first).kind !== 'open') return content;
  diagnostics.push(
    diagnostic(
      'CB420',
      file.path,
      file.lineRange(file.position(first.start).line),
      words('diagnostics.CB420.conditionalLabel'),
    ),
  );
  let depth = 0;
  const rest = content.slice(1);
  const close = rest.findIndex((item) => {
    if (!isMarker(item)) return false;
    const kind = markerOf(item).kind;
    if (kind === 'open') depth++;
    else if (kind === 'close' && depth-- === 0) return true;
    return false;
  });
  return close < 0 ? rest : [...rest.slice(0, close), ...rest.slice(close + 1)];
}

export function spanOf(
  file: SourceFile,
  items: Located[],
  fallback: number,
  diagnostics: Diagnostic[],
  markers?: MarkerState,
): Span {
  const first = items.find((i) => i.token.type !== 'space');
  if (!first) return { markdown: '', start: fallback, blocks: [] };
  const last = items[items.length - 1] ?? first;
  const raw = file.text.slice(first.start, last.end);
  const lead = raw.length - raw.trimStart().length;
  const toBlocks = (item: Located): Block[] => {
    const downgrades: Downgrade[] = [];
    const out = blocks([item.token], downgrades);
    for (const d of downgrades) reportDowngrade(file, item, d, diagnostics);
    return out;
  };
  const out = items.some(isMarker)
    ? conditionalBlocks(file, items, markers, toBlocks, diagnostics)
    : items.flatMap(toBlocks);
  return { markdown: raw.trim(), start: first.start + lead, blocks: out };
}

/** Content shown as plain text instead of as written: a warning at its place, so the author can fix it. */
function reportDowngrade(
  file: SourceFile,
  item: Located,
  d: Downgrade,
  diagnostics: Diagnostic[],
): void {
  const raw = d.raw.trim();
  const found = file.text.indexOf(raw, item.start);
  const at = found >= 0 && found < item.end ? found : item.start;
  const firstLine = raw.split('\n')[0] ?? raw;
  const range = file.range(at, at + firstLine.length);
  const shown = firstLine.length > 48 ? `${firstLine.slice(0, 47)}…` : firstLine;
  const id = (
    {
      html: 'diagnostics.CB411.html',
      link: 'diagnostics.CB412.link',
      image: 'diagnostics.CB413.image',
    } as const
  )[d.kind];
  diagnostics.push(
    diagnostic(
      d.kind === 'html' ? 'CB411' : d.kind === 'link' ? 'CB412' : 'CB413',
      file.path,
      range,
      words(id, { shown }),
    ),
  );
}

/** Headings of level 1–3 hidden inside quotes or lists would read as structure to an author; flag them. */
export function forbiddenNested(file: SourceFile, item: Located, diagnostics: Diagnostic[]): void {
  const visit = (token: Token) => {
    if (token.type === 'heading' && (token as Tokens.Heading).depth <= 3) {
      const at = file.text.indexOf(token.raw.trim(), item.start);
      const line = file.position(at >= 0 ? at : item.start).line;
      diagnostics.push(
        diagnostic(
          'CB406',
          file.path,
          file.lineRange(line),
          words('diagnostics.CB406.nested', {
            hashes: '#'.repeat((token as Tokens.Heading).depth),
          }),
        ),
      );
    }
    const nested = token as { tokens?: Token[]; items?: Token[] };
    for (const child of [...(nested.tokens ?? []), ...(nested.items ?? [])]) visit(child);
  };
  if (item.token.type === 'blockquote' || item.token.type === 'list') visit(item.token);
}
