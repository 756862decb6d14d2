/**
 * Lines of a body that are markup for Casebook, not Markdown (`::: when` markers, a
 * translation's `<!-- source: … -->` locks): found line by line outside fenced code and
 * blanked to spaces of the same length, so the lexer sees a blank line there and every
 * offset it reports is still the source's. Shared so both kinds of line agree on what a
 * fence is and where a line ends.
 */

/** An opening or closing code fence (``` or ~~~, three or more). */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * `text` from `from` on, with every line `pattern` matches (outside fences) blanked;
 * `found` is told of each, with its match and where the line starts and ends.
 */
export function blankLines(
  text: string,
  from: number,
  pattern: RegExp,
  found: (match: RegExpExecArray, line: string, start: number, end: number) => void,
): string {
  let masked = '';
  let last = 0;
  let fence: string | undefined;
  let at = from;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const opening = FENCE.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
    } else if (opening) fence = opening;
    else {
      const match = pattern.exec(line);
      if (match) {
        found(match, line, at, end);
        masked += text.slice(last, at) + ' '.repeat(line.length);
        last = end;
      }
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return masked + text.slice(last);
}
