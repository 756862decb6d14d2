// The clock of a timed decision: the time left as text and a bar, a polite live region
// that speaks at a few moments only, and a call to `onTimeUp` once when it runs out.
// The clock starts when the scene is shown (a reload starts it again: the run log holds
// choices, not clock times, so replay never depends on one).
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/use-t';
import { milestoneCrossed, startWords, timeLeftText } from '../timer-words';
import '../../i18n/areas/play';

const TICK_MS = 250;

export function Countdown({ total, onTimeUp }: { total: number; onTimeUp: () => void }) {
  const t = useT();
  const [left, setLeft] = useState(total);
  const [spoken, setSpoken] = useState(() => startWords(total));
  const fired = useRef(false);
  const timeUp = useRef(onTimeUp);
  useEffect(() => {
    timeUp.current = onTimeUp;
  });
  useEffect(() => {
    const deadline = Date.now() + total;
    let previous = total;
    const timer = setInterval(() => {
      const now = Math.max(0, deadline - Date.now());
      const words = milestoneCrossed(total, previous, now);
      if (words) setSpoken(words);
      previous = now;
      setLeft(now);
      if (now === 0 && !fired.current) {
        fired.current = true;
        clearInterval(timer);
        timeUp.current();
      }
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [total]);
  return (
    <div className="countdown">
      <p>
        <span aria-hidden="true">{t('play.timer.left')} </span>
        <strong aria-hidden="true">{timeLeftText(left)}</strong>
        <progress value={left} max={total} aria-hidden="true" />
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </div>
  );
}
