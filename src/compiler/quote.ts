/**
 * How messages quote a name or a value an author wrote. Whatever the name holds, the
 * message stays readable: invisible, zero-width and bidirectional characters (control
 * and format characters, line and paragraph separators, lone surrogates) are shown as
 * escapes (`next\u200b-step`) instead of raw, where they would hide or reorder the
 * text around them; a very long name is cut. Every compiler message that quotes a
 * name goes through here.
 */
import type { WordingValue } from '../contract';
import { phrase } from '../i18n/diagnostic-words';

/** Characters shown as escapes: control (Cc), format (Cf, bidi marks included), separators and lone surrogates. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;
const HAS_INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** How many code points of a name a message shows before "…". */
const SHOWN_LENGTH = 60;

function escape(char: string): string {
  const point = char.codePointAt(0) ?? 0;
  return point > 0xffff
    ? `\\u{${point.toString(16)}}`
    : `\\u${point.toString(16).padStart(4, '0')}`;
}

/** `name` with its invisible characters escaped and cut after {@link SHOWN_LENGTH} code points. */
export function visible(name: string): string {
  let shown = name;
  if (shown.length > SHOWN_LENGTH) {
    const points = Array.from(shown.slice(0, SHOWN_LENGTH * 2)).slice(0, SHOWN_LENGTH + 1);
    if (points.length > SHOWN_LENGTH) shown = `${points.slice(0, SHOWN_LENGTH).join('')}…`;
  }
  return shown.replace(INVISIBLE, escape).replace(/"/g, '\\"');
}

/** `"name"`, shown visibly: the form every message uses for a name. */
export function q(name: string): string {
  return `"${visible(name)}"`;
}

function hasInvisible(name: string): boolean {
  return HAS_INVISIBLE.test(name);
}

/**
 * ` The name "next\u200b-step" contains an invisible character (\u200b): delete it.` when it
 * does, as a part of a message (src/i18n/diagnostic-words.ts), else an empty value: the hint
 * for a name that looks right but is not.
 */
export function invisibleHintPhrase(name: string): WordingValue {
  if (!hasInvisible(name)) return '';
  const found = [...new Set(name.match(INVISIBLE) ?? [])].map(escape);
  const clean = name.replace(INVISIBLE, '');
  return phrase('diagnostics.invisible', {
    name: q(name),
    count: found.length,
    characters: found.slice(0, 4).join(', '),
    rewrite: clean === '' ? '' : phrase('diagnostics.invisible.rewrite', { name: q(clean) }),
  });
}
