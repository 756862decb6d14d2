/**
 * Stage: the Markdown body of `scenario.md`, cut into the briefing, one section per
 * `## state-id[: Title]` and, inside it, one sub-section per `### EVENT` whose first
 * paragraph is the button label and whose rest is the coaching note. Uses marked's
 * lexer (an own instance); top-level tokens' `raw` texts add up to the source, which
 * is how every heading and paragraph keeps its position.
 */
import { Marked, type Token, type Tokens } from 'marked';
import type { Diagnostic, Range } from '../contract';
import { diagnostic } from '../contract/catalogue';
import type { Block, Inline } from '../contract';
import { headingWithoutSpace, isHeadingWithoutSpace } from './heading-without-space';
import { blocks, inlines, type Downgrade } from './prose';
import type { SourceFile } from './source';

export interface Span {
  markdown: string;
  /** Offset in `file.text` of the first character of `markdown`. */
  start: number;
  /** The prose as safe blocks for the app. */
  blocks: Block[];
}

export interface ChoiceSection {
  event: string;
  heading: Range;
  label?: string;
  labelInline?: Inline[];
  labelRange?: Range;
  coaching: Span;
}

export interface StateSection {
  id: string;
  title?: string;
  heading: Range;
  prose: Span;
  choices: ChoiceSection[];
}

export interface Body {
  briefing: Span;
  sections: StateSection[];
}

interface Located {
  token: Token;
  start: number;
  end: number;
}

const lexer = new Marked({ extensions: [headingWithoutSpace] });

export function parseBody(
  file: SourceFile,
  bodyOffset: number,
): { body: Body; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const tokens = locate(file.text, bodyOffset);
  const body: Body = { briefing: { markdown: '', start: bodyOffset, blocks: [] }, sections: [] };
  let section: StateSection | undefined;
  let choice: ChoiceSection | undefined;
  /** After a malformed `##`, its choices are not reported again as being outside a section. */
  let orphaned = false;
  let pending: Located[] = [];
  const seenSections = new Set<string>();

  const flush = () => {
    const span = () => spanOf(file, pending, pending[0]?.start ?? bodyOffset, diagnostics);
    if (choice) finishChoice(file, choice, pending, diagnostics);
    else if (section) section.prose = span();
    else body.briefing = span();
    pending = [];
  };

  for (const item of tokens) {
    const { token } = item;
    if (token.type !== 'heading') {
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
          `This line of ${heading.raw.trimEnd().slice(-1) === '=' ? '"="' : '"-"'} signs turns the text above it ("${heading.text.slice(0, 40)}") into a heading. To draw a line, leave a blank line above it; otherwise remove it.`,
        ),
      );
      pending.push(item);
      continue;
    }
    if (heading.depth === 1 || heading.depth > 3) {
      if (heading.depth === 1) {
        diagnostics.push(
          diagnostic(
            'CB406',
            file.path,
            range,
            'Scenario prose cannot use "#" headings: the title comes from the front matter. Remove the "#", or use "####" for a heading inside a scene.',
          ),
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
        diagnostic(
          'CB408',
          file.path,
          range,
          `"${hashes}${text}" needs a space after "${hashes}": write "${hashes} ${text}". Without it, Markdown reads the line as ordinary text instead of a heading.`,
        ),
      );
    }
    if (heading.depth === 2) {
      choice = undefined;
      const match = /^([^\s:]+)\s*(?::\s*(.*))?$/.exec(text);
      if (!match?.[1]) {
        section = undefined;
        orphaned = true;
        diagnostics.push(
          diagnostic(
            'CB408',
            file.path,
            range,
            `"## ${text}" does not name a state. Write the state's id from machine.json, optionally with a title: "## opening" or "## opening: The first minute".`,
          ),
        );
        continue;
      }
      const id = match[1];
      if (seenSections.has(id)) {
        diagnostics.push(
          diagnostic(
            'CB407',
            file.path,
            range,
            `The state "${id}" already has a "##" section above. Each state has exactly one: merge the two, or rename one to the state it belongs to.`,
          ),
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
      if (match[2]?.trim()) section.title = match[2].trim();
      body.sections.push(section);
    } else {
      choice = undefined;
      if (!section) {
        if (orphaned) continue;
        diagnostics.push(
          diagnostic(
            'CB406',
            file.path,
            range,
            `"### ${text}" is a choice, but it comes before any "##" state section. Move it under the "## state" whose choice it is.`,
          ),
        );
        continue;
      }
      if (!/^\S+$/.test(text)) {
        diagnostics.push(
          diagnostic(
            'CB408',
            file.path,
            range,
            `"### ${text}" should be the event name alone, as in machine.json, e.g. "### ASK_WHAT_HAPPENED". Put the button text in the paragraph below the heading.`,
          ),
        );
        continue;
      }
      if (section.choices.some((c) => c.event === text)) {
        diagnostics.push(
          diagnostic(
            'CB407',
            file.path,
            range,
            `The choice "${text}" already has a "###" section in "${section.id}". Each choice has exactly one: merge them.`,
          ),
        );
      }
      choice = {
        event: text,
        heading: range,
        coaching: { markdown: '', start: item.end, blocks: [] },
      };
      section.choices.push(choice);
    }
  }
  flush();
  return { body, diagnostics };
}

function finishChoice(
  file: SourceFile,
  choice: ChoiceSection,
  items: Located[],
  diagnostics: Diagnostic[],
): void {
  const content = items.filter((i) => i.token.type !== 'space');
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
    choice.coaching = spanOf(file, content, first?.start ?? choice.coaching.start, diagnostics);
    return;
  }
  choice.label = first.token.raw.trim();
  const downgrades: Downgrade[] = [];
  choice.labelInline = inlines((first.token as Tokens.Paragraph).tokens, downgrades);
  for (const d of downgrades) reportDowngrade(file, first, d, diagnostics);
  choice.labelRange = file.range(first.start, first.start + first.token.raw.trimEnd().length);
  const rest = content.slice(1);
  choice.coaching = spanOf(file, rest, rest[0]?.start ?? first.end, diagnostics);
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

function spanOf(
  file: SourceFile,
  items: Located[],
  fallback: number,
  diagnostics: Diagnostic[],
): Span {
  const first = items.find((i) => i.token.type !== 'space');
  if (!first) return { markdown: '', start: fallback, blocks: [] };
  const last = items[items.length - 1] ?? first;
  const raw = file.text.slice(first.start, last.end);
  const lead = raw.length - raw.trimStart().length;
  const out: Block[] = [];
  for (const item of items) {
    const downgrades: Downgrade[] = [];
    out.push(...blocks([item.token], downgrades));
    for (const d of downgrades) reportDowngrade(file, item, d, diagnostics);
  }
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
    image: `Images are not part of the scenario format yet: learners see the image's alt text instead ("${shown}").`,
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
function forbiddenNested(file: SourceFile, item: Located, diagnostics: Diagnostic[]): void {
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

function locate(text: string, from: number): Located[] {
  const source = text.slice(from);
  let tokens: Token[];
  try {
    tokens = lexer.lexer(source);
  } catch {
    tokens = [{ type: 'paragraph', raw: source, text: source, tokens: [] } as Tokens.Paragraph];
  }
  const out: Located[] = [];
  // The raws add up to the source (the usual case): offsets follow without searching.
  const aligned = tokens.reduce((n, t) => n + t.raw.length, 0) === source.length;
  let offset = from;
  for (const token of tokens) {
    let start = offset;
    if (!aligned && !text.startsWith(token.raw, offset)) {
      const found = text.indexOf(token.raw, offset);
      if (found >= 0) start = found;
    }
    out.push({ token, start, end: start + token.raw.length });
    offset = start + token.raw.length;
  }
  return out;
}
