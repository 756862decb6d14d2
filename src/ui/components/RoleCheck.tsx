// The profile's short role-demands check (what the role mainly asks, the career stage)
// and the coaching setting: the learner's answers, saved through the store.
import { AUDIENCES, type Audience } from '../../contract';
import { setCoaching, setProfile, type Progress } from '../../progress';
import { AUDIENCE_LABEL } from '../labels';
import { useStore } from '../store';

const DEMANDS = [
  ['execution', 'Mainly to improve execution: delivery, organisation, follow-through'],
  ['direction', 'Mainly to shape direction: priorities, purpose, bringing people with me'],
  ['both', 'Both, about equally'],
] as const;

export function RoleCheck({ progress }: { progress: Progress }) {
  const store = useStore();
  return (
    <form className="role-check" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Are you mainly asked to improve execution, shape direction, or both?</legend>
        {DEMANDS.map(([value, label]) => (
          <label key={value} className="choice-radio">
            <input
              type="radio"
              name="demands"
              value={value}
              checked={progress.profile.demands === value}
              onChange={() => store.update((p, now) => setProfile(p, { demands: value }, now))}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Where are you in your career?</legend>
        {AUDIENCES.map((stage: Audience) => (
          <label key={stage} className="choice-radio">
            <input
              type="radio"
              name="stage"
              value={stage}
              checked={progress.profile.stage === stage}
              onChange={() => store.update((p, now) => setProfile(p, { stage }, now))}
            />{' '}
            {AUDIENCE_LABEL[stage]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>When should coaching notes appear?</legend>
        <label className="choice-radio">
          <input
            type="radio"
            name="coaching"
            checked={progress.settings.coaching === 'practice'}
            onChange={() => store.update((p) => setCoaching(p, 'practice'))}
          />{' '}
          Practice: right after each choice
        </label>
        <label className="choice-radio">
          <input
            type="radio"
            name="coaching"
            checked={progress.settings.coaching === 'assessment'}
            onChange={() => store.update((p) => setCoaching(p, 'assessment'))}
          />{' '}
          Assessment: only in the debrief
        </label>
      </fieldset>
    </form>
  );
}
