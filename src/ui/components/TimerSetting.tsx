// The learner's Timers setting, offered where a timed decision is (WCAG 2.2.1): standard,
// twice the time, or off (the decision then waits for a choice). Kept with the settings.
import { setTimers, type TimerMode } from '../../progress';
import { useStore } from '../store';

const MODES: [TimerMode, string][] = [
  ['standard', 'Standard'],
  ['double', 'Twice the time'],
  ['off', 'Off: no time limit'],
];

export function TimerSetting({ mode }: { mode: TimerMode }) {
  const store = useStore();
  return (
    <fieldset className="timer-setting">
      <legend>Timers</legend>
      {MODES.map(([value, label]) => (
        <label key={value} className="choice-radio">
          <input
            type="radio"
            name="timers"
            checked={mode === value}
            onChange={() => store.update((p) => setTimers(p, value))}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
