/**
 * Line and column of any offset in constant time, by the rules of
 * tests/support/positions.ts (BOM skipped, CRLF, CR and LF end a line, columns in code
 * points): the fuzz cases have 20,000 diagnostics in a megabyte file, where walking the
 * text for each one would take longer than the check.
 */
export class PositionIndex {
  /** Offset where each line starts (line 1 after a BOM). */
  private readonly starts: number[] = [];
  /** codePoints[i]: how many code points start before UTF-16 index i. */
  private readonly codePoints: Int32Array;

  constructor(private readonly text: string) {
    this.codePoints = new Int32Array(text.length + 1);
    this.starts.push(text.charCodeAt(0) === 0xfeff ? 1 : 0);
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      this.codePoints[i] = count;
      const low = text.charCodeAt(i);
      const continues = low >= 0xdc00 && low <= 0xdfff && isHigh(text.charCodeAt(i - 1));
      if (!continues) count += 1;
      if (low === 0x0a || (low === 0x0d && text.charCodeAt(i + 1) !== 0x0a))
        this.starts.push(i + 1);
    }
    this.codePoints[text.length] = count;
  }

  /** Lines in the file (an empty file has one). */
  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): { line: number; col: number } {
    // An offset between CR and LF counts as after both, and one inside a surrogate pair as
    // after the pair, as the walk does (codePoints already counts a pair from its first half).
    let at = offset;
    if (this.text.charCodeAt(at - 1) === 0x0d && this.text.charCodeAt(at) === 0x0a) at += 1;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    const start = this.starts[lo] ?? 0;
    const col = Math.max(0, this.count(at) - this.count(start)) + 1;
    return { line: lo + 1, col };
  }

  private count(offset: number): number {
    return this.codePoints[Math.min(Math.max(0, offset), this.text.length)] ?? 0;
  }
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
