// What a timed decision's countdown says and how long it runs: the learner's Timers
// setting (standard, twice the time, off — WCAG 2.2.1 Timing Adjustable) applied to the
// author's delay, the time left as text, and the few moments a screen reader is told
// (at the start, at half time, at 30 and 10 seconds), not every second, in the
// learner's language (looked up when said).
import { t } from '../i18n';
import type { TimerMode } from '../progress';
import '../i18n/areas/play';

/** How long the learner has, in ms; `undefined` when timers are off (the decision waits). */
export function timerLength(timeout: number, mode: TimerMode | undefined): number | undefined {
  if (mode === 'off') return undefined;
  return mode === 'double' ? timeout * 2 : timeout;
}

/** "1:05" for 65,000 ms left (rounded up, so it reads 0:00 only when time is up). */
export function timeLeftText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The announcement due when the time left crosses a milestone between two ticks, if any. */
export function milestoneCrossed(total: number, before: number, after: number): string | undefined {
  const marks = [Math.round(total / 2 / 1000) * 1000, 30_000, 10_000].filter(
    (m, i, all) => m < total && m > 0 && all.indexOf(m) === i,
  );
  const crossed = marks.filter((m) => before > m && after <= m);
  if (crossed.length === 0) return undefined;
  return t('play.timer.milestone', { seconds: Math.min(...crossed) / 1000 });
}

export function startWords(total: number): string {
  return t('play.timer.start', { time: timeLeftText(total) });
}

/** Said once when the learner changes the Timers setting mid-countdown; `left` is undefined when off. */
export function changedWords(mode: TimerMode, left: number | undefined): string {
  return t('play.timer.changed', { mode, time: timeLeftText(left ?? 0) });
}
