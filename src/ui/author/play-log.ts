/**
 * The author's player's log as one list: every step the author took (started, chose,
 * set values, took a choice back) with its words for "What you did" and the run it
 * left: the start (scene and values) and the choices made since. The run's snapshot is
 * replayed from that (`liveRun`), so when the author saves an edit the same steps
 * replay on the new version of the scenario. Each step keeps the function that words it,
 * so the log reads in the page's language after a switch too. Pure data; no React.
 */
import {
  currentScene,
  playerAlong,
  replay,
  type Playable,
  type Player,
  type RunContext,
  type RunSnapshot,
  type Start,
} from '../../engine';
import { t } from '../../i18n';
import '../../i18n/areas/author';

interface LogEntry {
  /** What the author did, worded in the active language when it is shown. */
  text: () => string;
  /** The choice this step made (only for a choice). */
  event?: string;
  /** Where the run starts after this step, and with which values. */
  from: Start;
  /** The choices made since `from`, this step's included. */
  events: string[];
}

export type PlayLog = LogEntry[];

export function startLog(start: Start, again = false): PlayLog {
  return [
    {
      text: () =>
        t(again ? 'author.log.startedAgain' : 'author.log.started', { scene: start.scene }),
      from: start,
      events: [],
    },
  ];
}

function current(log: PlayLog): LogEntry {
  return log.at(-1) as LogEntry;
}

export function logChoice(log: PlayLog, scene: string, event: string): PlayLog {
  const { from, events } = current(log);
  return [
    ...log,
    {
      text: () => t('author.log.chose', { scene, event }),
      event,
      from,
      events: [...events, event],
    },
  ];
}

export function logSet(
  log: PlayLog,
  scene: string,
  context: RunContext,
  changed: (() => string)[],
): PlayLog {
  return [
    ...log,
    {
      text: () => t('author.log.set', { scene, changes: changed.map((c) => c()).join(', ') }),
      from: { scene, context },
      events: [],
    },
  ];
}

export function logUndo(log: PlayLog): PlayLog {
  const { from, events } = current(log);
  return [...log, { text: () => t('author.log.undo'), from, events: events.slice(0, -1) }];
}

export interface LiveRun {
  player: Player;
  snapshot: RunSnapshot;
  /** The run's choices that still apply to this version of the scenario. */
  events: string[];
  /** The scene the run was started from is gone from the scenario (it started at `start` instead). */
  lost: boolean;
  /** The last choice made, and the snapshot it was made in. */
  last?: { event: string; before: RunSnapshot };
}

/**
 * The run the log's last step leaves, replayed on `base` (the scenario as it is now),
 * with a player whose machine holds only the scenes along this run and one choice on.
 */
export function liveRun(base: Playable, start: Start, log: PlayLog): LiveRun {
  const { from, events } = current(log);
  const lost = !base.scenes.has(from.scene);
  const player = playerAlong(base, lost ? start : from, events);
  const { snapshot, snapshots, applied } = replay(player, events);
  const kept = events.slice(0, applied);
  const event = kept.at(-1);
  // `snapshots[i]` is the run before `events[i]`: where the last choice was made.
  const before = event && applied === events.length ? snapshots[applied - 1] : undefined;
  const run: LiveRun = { player, snapshot, events: kept, lost };
  if (event && before && currentScene(player, before).choices.some((c) => c.event === event))
    run.last = { event, before };
  return run;
}
