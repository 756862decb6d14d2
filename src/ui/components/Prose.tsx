// Renders compiled prose (contract/prose.ts) as React elements: never HTML strings, so
// nothing in a scenario can run script. Dialogue quotes that start with a bold
// "**Name:**" are shown as speech, with the speaker named for screen readers too.
// Format v1.1 (cast15): a speaker who is one of the scenario's characters shows their
// portrait (decorative: the visible name and role are what a screen reader reads, once)
// and role; an image block is an <img> with its alt text and reserved size.
import type { ReactNode } from 'react';
import type { Block, Character, Inline } from '../../contract';
import { visibleBlocks, type ConditionValues } from '../../engine';

/**
 * Format v1.1 (cond15): with `conditions` (values read on arrival), only the blocks the
 * learner sees are shown; without, every `when` block is shown with a visible
 * "when NAME" / "unless NAME" marker (author mode's reader, no run).
 */
export function Prose({
  blocks,
  characters,
  conditions,
  lang,
}: {
  blocks: Block[];
  characters?: Character[];
  conditions?: ConditionValues;
  /** The words' language when it is not the page's (issue 18): the blocks come in a `<div lang>`. */
  lang?: string;
}) {
  const shown = conditions ? visibleBlocks(blocks, conditions) : blocks;
  const rendered = shown.map((block, i) => renderBlock(block, i, characters));
  return lang ? <div lang={lang}>{rendered}</div> : <>{rendered}</>;
}

/** The character a dialogue line's bold name is (names compare without case). */
function characterNamed(name: string, characters: Character[] | undefined) {
  const wanted = name.trim().toLowerCase();
  return characters?.find((c) => c.name.toLowerCase() === wanted);
}

export function InlineText({ inlines }: { inlines: Inline[] }) {
  return <>{inlines.map(renderInline)}</>;
}

/** Plain text of inline content, for accessible names and announcements. */
function plainText(inlines: Inline[]): string {
  return inlines
    .map((i) => (i.t === 'text' || i.t === 'code' ? i.v : i.t === 'br' ? ' ' : plainText(i.c)))
    .join('');
}

function speaker(block: Block): { name: string; rest: Block[] } | undefined {
  if (block.t !== 'quote') return undefined;
  const [first, ...others] = block.c;
  if (!first || first.t !== 'p') return undefined;
  const [lead, ...tail] = first.c;
  if (!lead || lead.t !== 'strong') return undefined;
  const name = plainText(lead.c).trim();
  if (!name.endsWith(':')) return undefined;
  const trimmed = [...tail];
  const head = trimmed[0];
  if (head && head.t === 'text') trimmed[0] = { t: 'text', v: head.v.replace(/^\s+/, '') };
  return { name: name.slice(0, -1), rest: [{ t: 'p', c: trimmed }, ...others] };
}

function renderBlock(block: Block, key: number, characters?: Character[]): ReactNode {
  switch (block.t) {
    case 'p':
      return <p key={key}>{block.c.map(renderInline)}</p>;
    case 'when':
      return (
        <div key={key} className="conditional">
          <p className="conditional-marker">
            {block.negate ? 'unless' : 'when'} {block.name}
          </p>
          <Prose blocks={block.c} characters={characters} />
        </div>
      );
    case 'quote': {
      const speech = speaker(block);
      if (speech) {
        const who = characterNamed(speech.name, characters);
        const portrait = who?.portrait && isOwnImage(who.portrait.src) ? who.portrait : undefined;
        return (
          <figure key={key} className={portrait ? 'speech speech-with-portrait' : 'speech'}>
            {portrait && (
              <img
                className="portrait"
                src={portrait.src}
                width={portrait.width}
                height={portrait.height}
                alt=""
                decoding="async"
              />
            )}
            <figcaption className="speaker">
              {speech.name}
              {who?.role && <span className="speaker-role">, {who.role}</span>}
            </figcaption>
            <blockquote>
              <Prose blocks={speech.rest} characters={characters} />
            </blockquote>
          </figure>
        );
      }
      return (
        <blockquote key={key}>
          <Prose blocks={block.c} characters={characters} />
        </blockquote>
      );
    }
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Prose blocks={item} characters={characters} />
        </li>
      ));
      return block.ordered ? (
        <ol key={key} start={block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'heading': {
      const Tag = `h${block.level}` as 'h4';
      return <Tag key={key}>{block.c.map(renderInline)}</Tag>;
    }
    case 'code':
      return (
        <pre key={key}>
          <code>{block.v}</code>
        </pre>
      );
    case 'table':
      return (
        <table key={key}>
          <thead>
            <tr>
              {block.head.map((cell, i) => (
                <th key={i} scope="col">
                  {cell.map(renderInline)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i}>{cell.map(renderInline)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'hr':
      return <hr key={key} />;
    case 'img':
      // Only a checked, measured file of the app's own (no scheme, or a `blob:` URL the page
      // made of a file the author picked): anything else shows its alt text.
      if (!(block.width > 0 && block.height > 0) || !isOwnImage(block.src))
        return <p key={key}>{block.alt}</p>;
      return (
        <p key={key} className="prose-image">
          <img
            src={block.src}
            alt={block.alt}
            width={block.width}
            height={block.height}
            loading="lazy"
            decoding="async"
          />
        </p>
      );
  }
}

function renderInline(inline: Inline, key: number): ReactNode {
  switch (inline.t) {
    case 'text':
      return inline.v;
    case 'strong':
      return <strong key={key}>{inline.c.map(renderInline)}</strong>;
    case 'em':
      return <em key={key}>{inline.c.map(renderInline)}</em>;
    case 'del':
      return <del key={key}>{inline.c.map(renderInline)}</del>;
    case 'code':
      return <code key={key}>{inline.v}</code>;
    case 'br':
      return <br key={key} />;
    case 'link':
      return /^(https?|mailto):/.test(inline.href) ? (
        <a key={key} href={inline.href} rel="noopener noreferrer" target="_blank">
          {inline.c.map(renderInline)}
        </a>
      ) : (
        <span key={key}>{inline.c.map(renderInline)}</span>
      );
  }
}

/** An image the app itself serves or made: a path of its own, or a `blob:` URL (only this page can create one). */
function isOwnImage(src: string): boolean {
  return src.startsWith('blob:') || !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src);
}
