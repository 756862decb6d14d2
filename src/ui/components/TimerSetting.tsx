// The learner's Timers setting, offered where a timed decision is (WCAG 2.2.1): standard,
// twice the time, or off (the decision then waits for a choice). Kept with the settings.
import { setTimers, type TimerMode } from '../../progress';
import type { MessageId } from '../../i18n';
import { useT } from '../i18n/use-t';
import { useStore } from '../store';
import '../../i18n/areas/play';

const MODES: [TimerMode, MessageId][] = [
  ['standard', 'play.timers.standard'],
  ['double', 'play.timers.double'],
  ['off', 'play.timers.off'],
];

export function TimerSetting({ mode }: { mode: TimerMode }) {
  const store = useStore();
  const t = useT();
  return (
    <fieldset className="timer-setting">
      <legend>{t('play.timers.legend')}</legend>
      {MODES.map(([value, label]) => (
        <label key={value} className="choice-radio">
          <input
            type="radio"
            name="timers"
            checked={mode === value}
            onChange={() => store.update((p) => setTimers(p, value))}
          />{' '}
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
