/**
 * Stage: Markdown prose → `Block[]` (see contract/prose.ts), done at build time so the
 * learner's browser needs no Markdown parser and never receives HTML. Raw HTML becomes
 * visible text, HTML comments (authors' notes) are dropped, images show their alt
 * text, and a link survives only with an absolute https, http or mailto URL.
 * `blocks` and `inlines` recurse once per level of the token tree, as the UI's Prose
 * component does on the blocks: for scenario.md that depth is bounded before marked runs
 * (markdown-limits.ts, 16 levels of quotes and lists) and while it runs (markdown-budget.ts,
 * 24 levels, and 16 of emphasis), so no input can overflow the stack here.
 */
import { decodeHTML } from 'entities';
import { Marked, type Token, type Tokens } from 'marked';
import type { Block, Inline } from '../contract';

const lexer = new Marked();
const SAFE_PROTOCOLS = ['https:', 'http:', 'mailto:'];

/** What was shown as plain text instead of as the author may have meant it. */
export interface Downgrade {
  kind: 'html' | 'link' | 'image';
  /** The Markdown source of the thing, to find it in the file. */
  raw: string;
}

function safeHref(href: string): string | undefined {
  try {
    const url = new URL(decodeHTML(href).trim());
    return SAFE_PROTOCOLS.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const isComment = (raw: string) => /^\s*<!--[\s\S]*-->\s*$/.test(raw);

export function proseBlocks(markdown: string, downgrades: Downgrade[] = []): Block[] {
  let tokens: Token[];
  try {
    tokens = lexer.lexer(markdown);
  } catch {
    return markdown.trim() ? [{ t: 'p', c: [{ t: 'text', v: markdown }] }] : [];
  }
  return blocks(tokens, downgrades);
}

/** Blocks from tokens the markdown stage already lexed (no second parse). */
export function blocks(tokens: Token[], downgrades: Downgrade[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    const block = toBlock(token, downgrades);
    if (block) out.push(block);
  }
  return out;
}

function toBlock(token: Token, downgrades: Downgrade[]): Block | undefined {
  switch (token.type) {
    case 'paragraph':
    case 'text': {
      const t = token as Tokens.Paragraph | Tokens.Text;
      const image = aloneImage(t.tokens);
      if (image) return image;
      const c = inlines(
        t.tokens ?? [{ type: 'text', raw: t.text, text: t.text } as Tokens.Text],
        downgrades,
      );
      return c.length > 0 ? { t: 'p', c } : undefined;
    }
    case 'heading': {
      const t = token as Tokens.Heading;
      return {
        t: 'heading',
        level: Math.min(6, Math.max(4, t.depth)) as 4 | 5 | 6,
        c: inlines(t.tokens, downgrades),
      };
    }
    case 'blockquote':
      return { t: 'quote', c: blocks((token as Tokens.Blockquote).tokens, downgrades) };
    case 'list': {
      const t = token as Tokens.List;
      const list: Block = {
        t: 'list',
        ordered: t.ordered,
        items: t.items.map((item) => blocks(item.tokens, downgrades)),
      };
      if (t.ordered && typeof t.start === 'number' && t.start !== 1) list.start = t.start;
      return list;
    }
    case 'code':
      return { t: 'code', v: (token as Tokens.Code).text };
    case 'hr':
      return { t: 'hr' };
    case 'table': {
      const t = token as Tokens.Table;
      return {
        t: 'table',
        head: t.header.map((cell) => inlines(cell.tokens, downgrades)),
        rows: t.rows.map((row) => row.map((cell) => inlines(cell.tokens, downgrades))),
      };
    }
    case 'html': {
      if (isComment(token.raw)) return undefined;
      downgrades.push({ kind: 'html', raw: token.raw.trim() });
      return { t: 'p', c: [{ t: 'text', v: token.raw.trim() }] };
    }
    default:
      return undefined;
  }
}

/**
 * An image alone in its paragraph becomes an `img` block (format v1.1); its size and
 * final `src` are filled in by images.ts, which checks the file. Inside a sentence an
 * image is still shown as its alt text (CB413).
 */
function aloneImage(tokens: Token[] | undefined): Block | undefined {
  const content = (tokens ?? []).filter((t) => !(t.type === 'text' && t.raw.trim() === ''));
  const only = content.length === 1 ? content[0] : undefined;
  if (only?.type !== 'image') return undefined;
  const image = only as Tokens.Image;
  return { t: 'img', src: image.href, alt: decodeHTML(image.text).trim(), width: 0, height: 0 };
}

export function inlines(tokens: Token[], downgrades: Downgrade[]): Inline[] {
  const out: Inline[] = [];
  const push = (inline: Inline) => {
    const last = out[out.length - 1];
    if (inline.t === 'text' && last?.t === 'text') last.v += inline.v;
    else out.push(inline);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length > 0) inlines(t.tokens, downgrades).forEach(push);
        else push({ t: 'text', v: decodeHTML(t.text) });
        break;
      }
      case 'escape':
        push({ t: 'text', v: (token as Tokens.Escape).text });
        break;
      case 'strong':
      case 'em':
      case 'del':
        push({ t: token.type, c: inlines((token as Tokens.Strong).tokens, downgrades) });
        break;
      case 'codespan':
        push({ t: 'code', v: decodeHTML((token as Tokens.Codespan).text) });
        break;
      case 'br':
        push({ t: 'br' });
        break;
      case 'link': {
        const t = token as Tokens.Link;
        const href = safeHref(t.href);
        const c = inlines(t.tokens, downgrades);
        if (href) push({ t: 'link', href, c });
        else {
          downgrades.push({ kind: 'link', raw: t.raw });
          c.forEach(push);
        }
        break;
      }
      case 'image':
        downgrades.push({ kind: 'image', raw: token.raw });
        push({ t: 'text', v: decodeHTML((token as Tokens.Image).text) });
        break;
      case 'html':
        if (isComment(token.raw)) break;
        downgrades.push({ kind: 'html', raw: token.raw });
        push({ t: 'text', v: token.raw });
        break;
      default:
        push({ t: 'text', v: token.raw });
    }
  }
  return out;
}
