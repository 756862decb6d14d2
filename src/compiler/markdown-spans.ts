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
    const what = first ? `starts with ${article(first.token.type)}` : 'is empty';
    diagnostics.push(
      diagnostic(
        'CB405',
        file.path,
        where,
        `The choice "${choice.event}" ${what}. Its first paragraph is the button label: write one plain sentence right under "### ${choice.event}", e.g. "Ask what has been getting in the way."`,
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
        `The choice "${choice.event}" has a label but no coaching note. Add a paragraph after the label explaining what this move signals and why it helps or hurts; learners read it in the debrief.`,
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
      'A choice\'s label (the first paragraph under "###") cannot be conditional: whether the choice is offered is decided by its guard in machine.json. Move this "::: when" line below the label, around the coaching only.',
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

function article(type: string): string {
  const names: Record<string, string> = {
    blockquote: 'a quote',
    list: 'a list',
    code: 'a code block',
    html: 'HTML',
    table: 'a table',
    hr: 'a line',
  };
  return names[type] ?? `a ${type}`;
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
  const message = {
    html: `Raw HTML is shown to learners as text, not as markup: "${shown}". Use Markdown instead (**bold**, _italic_, "> " for a quote), or remove it.`,
    link: `This link is shown as plain text: only absolute https, http and mailto links are allowed ("${shown}").`,
    image: `An image inside a sentence is shown to learners as its alt text ("${shown}"). Put the image on a line of its own, with blank lines around it, to show it.`,
  }[d.kind];
  diagnostics.push(
    diagnostic(
      d.kind === 'html' ? 'CB411' : d.kind === 'link' ? 'CB412' : 'CB413',
      file.path,
      range,
      message,
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
          `A "${'#'.repeat((token as Tokens.Heading).depth)}" heading inside a quote or list is not allowed in scenario prose. Use bold text, or "####" for a small heading.`,
        ),
      );
    }
    const nested = token as { tokens?: Token[]; items?: Token[] };
    for (const child of [...(nested.tokens ?? []), ...(nested.items ?? [])]) visit(child);
  };
  if (item.token.type === 'blockquote' || item.token.type === 'list') visit(item.token);
}
