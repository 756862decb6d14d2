// The player's "from here" figures: how many runs lead on from the current scene
// with the current values, how long they are, which endings they reach with which
// metrics, and where they can get stuck.
import type { CompiledScenario } from '../../contract';
import { OUTCOME_LABEL } from '../labels';
import { own } from '../own';
import { rangeLabel, runsLabel } from './counts';
import type { FromHere } from './work/protocol';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/author';

export function FromHereFigures({
  scenario,
  fromHere,
}: {
  scenario: CompiledScenario;
  fromHere: FromHere;
}) {
  const t = useT();
  return (
    <>
      <p>
        {t('author.fromHere.summary', {
          complete: fromHere.complete ? 'yes' : 'no',
          runs: runsLabel(fromHere.runs),
          range: fromHere.shortest !== undefined ? 'yes' : 'no',
          shortest: fromHere.shortest,
          longest: fromHere.longest,
        })}
      </p>
      {fromHere.endings.length > 0 ? (
        <ul>
          {fromHere.endings.map((e) => (
            <li key={e.id}>
              {e.id} ({OUTCOME_LABEL[e.outcome]}): {runsLabel(e.runs)}
              {scenario.metrics.length > 0 &&
                `; ${scenario.metrics.map((m) => `${m.label} ${rangeLabel(own(e.metrics, m.id) ?? { min: 0, max: 0 })}`).join(', ')}`}
            </li>
          ))}
        </ul>
      ) : (
        <p className="diagnostic error">{t('author.fromHere.noEnding')}</p>
      )}
      {fromHere.stuck.length > 0 && (
        <p>
          {t('author.fromHere.stuck', { scenes: fromHere.stuck.map((p) => p.scene).join(', ') })}
        </p>
      )}
    </>
  );
}
