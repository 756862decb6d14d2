// The profile's short role-demands check (what the role mainly asks, the career stage)
// and the coaching setting: the learner's answers, saved through the store.
import { AUDIENCES, type Audience } from '../../contract';
import { setCoaching, setProfile, type Progress } from '../../progress';
import { audienceLabel } from '../labels';
import { useStore } from '../store';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/profile';

const DEMANDS = [
  ['execution', 'profile.role.execution'],
  ['direction', 'profile.role.direction'],
  ['both', 'profile.role.both'],
] as const;

export function RoleCheck({ progress }: { progress: Progress }) {
  const store = useStore();
  const t = useT();
  return (
    <form className="role-check" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('profile.role.demands')}</legend>
        {DEMANDS.map(([value, label]) => (
          <label key={value} className="choice-radio">
            <input
              type="radio"
              name="demands"
              value={value}
              checked={progress.profile.demands === value}
              onChange={() => store.update((p, now) => setProfile(p, { demands: value }, now))}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('profile.role.stage')}</legend>
        {AUDIENCES.map((stage: Audience) => (
          <label key={stage} className="choice-radio">
            <input
              type="radio"
              name="stage"
              value={stage}
              checked={progress.profile.stage === stage}
              onChange={() => store.update((p, now) => setProfile(p, { stage }, now))}
            />{' '}
            {audienceLabel(stage)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('profile.role.coaching')}</legend>
        <label className="choice-radio">
          <input
            type="radio"
            name="coaching"
            checked={progress.settings.coaching === 'practice'}
            onChange={() => store.update((p) => setCoaching(p, 'practice'))}
          />{' '}
          {t('profile.role.practice')}
        </label>
        <label className="choice-radio">
          <input
            type="radio"
            name="coaching"
            checked={progress.settings.coaching === 'assessment'}
            onChange={() => store.update((p) => setCoaching(p, 'assessment'))}
          />{' '}
          {t('profile.role.assessment')}
        </label>
      </fieldset>
    </form>
  );
}
