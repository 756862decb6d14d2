/**
 * Prose as data: the compiler turns an author's Markdown into these blocks at build
 * time, and the app renders them as React elements. No HTML string ever reaches the
 * DOM, so nothing in a scenario can run script; raw HTML arrives here as plain text,
 * and only http(s) and mailto links survive as links.
 */

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong' | 'em' | 'del'; c: Inline[] }
  | { t: 'code'; v: string }
  /** `href` is always an absolute `https:`, `http:` or `mailto:` URL. */
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'br' };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'quote'; c: Block[] }
  | { t: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { t: 'heading'; level: 4 | 5 | 6; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { t: 'hr' }
  // --- Characters and images (format v1.1, cast15) ---
  /** An image alone in its paragraph; `src` is the built asset's URL (in the compiled scenario: `assets/…` inside the scenario folder until the build rewrites it). */
  | { t: 'img'; src: string; alt: string; width: number; height: number }
  // --- Format v1.1: conditional text (cond15) ---
  /** Blocks shown only when the named condition holds (`negate`: only when it does not), read on arrival. */
  | { t: 'when'; name: string; negate: boolean; c: Block[] };
