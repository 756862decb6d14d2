/**
 * Pseudo-locales made from the English catalog, for tests and layout checks: `long`
 * accents every letter and adds about 40% more text, in brackets, so a string that did
 * not come through the catalog stands out as plain ASCII and a layout that cannot take
 * longer words shows it; `rtl` wraps each message in right-to-left embedding marks, so it flows as
 * text in Arabic or Hebrew would. Placeholders, plural and select structure, `#`
 * and the `<0>…</0>` tags of rich text are kept exactly.
 */
import type { Messages } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';

/** Each ASCII letter as an accented one, so a word that is still plain ASCII stands out. */
const ACCENTED: Record<string, string> = Object.fromEntries([
  ...[...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [c, [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž'][i]]),
  ...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'ÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]]),
]);

const TAG = /(<\/?\d+\/?>)/;

/** Every letter accented; rich-text tags kept. */
function accent(text: string): string {
  return text
    .split(TAG)
    .map((piece) => (TAG.test(piece) ? piece : [...piece].map((c) => ACCENTED[c] ?? c).join('')))
    .join('');
}

/** About 40% more characters than `source`'s words, as words a line can break between. */
function padding(source: string): string {
  const letters = source.replace(/\{[^{}]*\}|<\/?\d+\/?>|\s/g, '').length;
  const words = Math.ceil((letters * 0.4) / 5);
  return words === 0 ? '' : ' ' + Array.from({ length: words }, () => 'ẋẋẋẋ').join(' ');
}

/** A pseudo catalog from the English messages' ICU source. */
export function pseudoCatalog(source: Record<string, string>, kind: 'long' | 'rtl'): Messages {
  const out: Messages = {};
  for (const [id, message] of Object.entries(source)) {
    const parts = kind === 'long' ? compileMessage(message, accent) : compileMessage(message);
    out[id] =
      kind === 'long' ? ['[', ...parts, `${padding(message)}]`] : ['\u202b', ...parts, '\u202c'];
  }
  return out;
}
