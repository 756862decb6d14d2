// The clock of a timed decision: the time left as text and a bar, a polite live region
// that speaks at a few moments only, and a call to `onTimeUp` once when it runs out.
// The clock starts when the scene is shown (a reload starts it again: the run log holds
// choices, not clock times, so replay never depends on one). The clock counts the share
// of the time already used, so a change of the Timers setting mid-countdown keeps it
// (20 s of 60 used, then twice the time: 80 s of 120 left; off pauses it; on again
// resumes it) and is said once in the live region.
import { useEffect, useRef, useState } from 'react';
import type { TimerMode } from '../../progress';
import { useT } from '../i18n/use-t';
import {
  changedWords,
  milestoneCrossed,
  startWords,
  timeLeftText,
  timerLength,
} from '../timer-words';
import '../../i18n/areas/play';

const TICK_MS = 250;

export function Countdown({
  timeout,
  mode,
  onTimeUp,
}: {
  /** The author's delay in ms, before the learner's setting applies. */
  timeout: number;
  mode: TimerMode;
  onTimeUp: () => void;
}) {
  const t = useT();
  const total = timerLength(timeout, mode);
  // The share of the time used (0 to 1), the same whatever the setting.
  const [used, setUsed] = useState(0);
  const usedRef = useRef(0);
  const [spoken, setSpoken] = useState(() => (total === undefined ? '' : startWords(total)));
  const [shownMode, setShownMode] = useState(mode);
  if (shownMode !== mode) {
    // Said once, as the setting changes (React's way to adjust state to a new prop).
    setShownMode(mode);
    setSpoken(changedWords(mode, total === undefined ? undefined : total * (1 - used)));
  }
  // The clock starts when the countdown is first shown, not when its effect runs (after
  // the paint: later on a slow phone, and at another moment under each UI runtime).
  const shownAt = useRef<number | undefined>(undefined);
  shownAt.current ??= Date.now();
  const fired = useRef(false);
  const timeUp = useRef(onTimeUp);
  useEffect(() => {
    timeUp.current = onTimeUp;
  });
  useEffect(() => {
    if (total === undefined || fired.current) return; // off: the clock waits, its share kept
    const start = Math.min(shownAt.current ?? Date.now(), Date.now());
    // Only the first start counts from the render; a change of setting starts from now.
    shownAt.current = Infinity;
    const startUsed = usedRef.current;
    const leftNow = () => Math.max(0, total * (1 - startUsed) - (Date.now() - start));
    const record = (left: number) => {
      usedRef.current = 1 - left / total;
      return usedRef.current;
    };
    let previous = leftNow();
    const timer = setInterval(() => {
      const now = leftNow();
      const words = milestoneCrossed(total, previous, now);
      if (words) setSpoken(words);
      previous = now;
      setUsed(record(now));
      if (now === 0 && !fired.current) {
        fired.current = true;
        clearInterval(timer);
        timeUp.current();
      }
    }, TICK_MS);
    return () => {
      clearInterval(timer);
      record(leftNow());
    };
  }, [total]);
  const left = total === undefined ? 0 : total * (1 - used);
  // One element throughout, the live region always its last child, so a screen reader
  // that has met it hears the change when timers go off or on again.
  return (
    <div className={total === undefined ? 'countdown-paused' : 'countdown'}>
      {total !== undefined && (
        <p>
          <span aria-hidden="true">{t('play.timer.left')} </span>
          <strong aria-hidden="true">{timeLeftText(left)}</strong>
          <progress value={left} max={total} aria-hidden="true" />
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
