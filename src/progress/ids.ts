/**
 * Run ids are the keys of saved runs and must not collide across browsers, since
 * import merges by id: the start time plus eight random base-36 digits. Time and
 * randomness are passed in, so the function is pure and tests are exact.
 */

/** E.g. `r-m3kx1q2a-0k4z9xya`. */
export function newRunId(now: Date, random: () => number): string {
  const time = now.getTime();
  const head = Number.isFinite(time) && time >= 0 ? Math.floor(time).toString(36) : '0';
  let tail = '';
  for (let i = 0; i < 8; i++) {
    const r = random();
    const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 0.999999) : 0;
    tail += Math.floor(unit * 36).toString(36);
  }
  return `r-${head}-${tail}`;
}
