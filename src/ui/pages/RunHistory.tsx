// The briefing's list of a learner's earlier runs of one scenario, newest first. It
// shows the newest few and keeps the rest one click away ("Show all"), so a briefing
// opens as fast with years of saved runs as with a handful: the full list of 3,000
// runs was most of the briefing's open time (docs/performance.md, issue 13).
import { useState } from 'react';
import type { SavedRun } from '../../progress';
import { formatDateTime } from '../dates';
import { useT, type Translate } from '../i18n/use-t';
import { outcomeLabel } from '../labels';
import { href } from '../routing';
import '../../i18n/areas/briefing';

/** How many runs the list shows before the learner asks for all of them. */
export const HISTORY_SHOWN = 10;

export function RunHistory({ scenarioId, runs }: { scenarioId: string; runs: SavedRun[] }) {
  const [all, setAll] = useState(false);
  const t = useT();
  const capped = runs.length > HISTORY_SHOWN;
  const shown = all || !capped ? runs : runs.slice(0, HISTORY_SHOWN);
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('briefing.history')}</h2>
      <ul className="history">
        {shown.map((run) => (
          <li key={run.id}>
            <a href={href({ page: 'end', id: scenarioId, run: run.id })}>{describe(t, run)}</a>{' '}
            <span className="when">{formatDateTime(run.updatedAt)}</span>
          </li>
        ))}
      </ul>
      {capped && (
        <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('briefing.showFewer') : t('briefing.showAll', { count: runs.length })}
        </button>
      )}
    </section>
  );
}

function describe(t: Translate, run: SavedRun): string {
  const count = run.events.length;
  if (run.status === 'stale') {
    // A log that claimed this version and still did not replay was damaged or doctored.
    const why = run.stale?.contentHash === run.contentHash ? 'replay' : 'version';
    const outcome = run.ending
      ? outcomeLabel(run.ending.outcome)
      : t('briefing.run.unfinishedOutcome');
    return t('briefing.run.stale', { outcome, count, why });
  }
  if (run.status === 'complete' && run.ending)
    return t('briefing.run.complete', { outcome: outcomeLabel(run.ending.outcome), count });
  return t('briefing.run.unfinished', { count });
}
