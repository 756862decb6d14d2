// The briefing's list of a learner's earlier runs of one scenario, newest first. It
// shows the newest few and keeps the rest one click away ("Show all"), so a briefing
// opens as fast with years of saved runs as with a handful: the full list of 3,000
// runs was most of the briefing's open time (docs/performance.md, issue 13).
import { useState } from 'react';
import type { SavedRun } from '../../progress';
import { formatDateTime } from '../dates';
import { OUTCOME_LABEL } from '../labels';
import { href } from '../routing';

/** How many runs the list shows before the learner asks for all of them. */
export const HISTORY_SHOWN = 10;

export function RunHistory({ scenarioId, runs }: { scenarioId: string; runs: SavedRun[] }) {
  const [all, setAll] = useState(false);
  const capped = runs.length > HISTORY_SHOWN;
  const shown = all || !capped ? runs : runs.slice(0, HISTORY_SHOWN);
  return (
    <section aria-labelledby="history">
      <h2 id="history">Your earlier runs</h2>
      <ul className="history">
        {shown.map((run) => (
          <li key={run.id}>
            <a href={href({ page: 'end', id: scenarioId, run: run.id })}>{describe(run)}</a>{' '}
            <span className="when">{formatDateTime(run.updatedAt)}</span>
          </li>
        ))}
      </ul>
      {capped && (
        <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${runs.length} runs`}
        </button>
      )}
    </section>
  );
}

function describe(run: SavedRun): string {
  const decisions = `${run.events.length} decision${run.events.length === 1 ? '' : 's'}`;
  if (run.status === 'stale') {
    // A log that claimed this version and still did not replay was damaged or doctored.
    const why =
      run.stale?.contentHash === run.contentHash
        ? 'its choices do not replay on this scenario'
        : 'made on an earlier version';
    return `${run.ending ? OUTCOME_LABEL[run.ending.outcome] : 'Unfinished'}, ${decisions} (${why}: read-only)`;
  }
  if (run.status === 'complete' && run.ending)
    return `${OUTCOME_LABEL[run.ending.outcome]}, ${decisions}`;
  return `Unfinished, ${decisions} (you started again later)`;
}
