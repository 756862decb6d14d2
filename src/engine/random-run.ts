/**
 * A seeded random run: from the start, take one of the offered choices at random until
 * an ending. The same seed gives the same events on every machine (mulberry32), so
 * `scenario play --random N`, the debrief's consistency properties and the audits all
 * speak of the same runs.
 */
import { choose, isFinished, offeredChoices, startRun, timedChoice, type Player } from './run';
import { mulberry32 } from './shuffle';

/** The events of the run drawn by `seed`; stops at an ending, a scene with nothing offered, or `maxSteps`. */
export function randomRun(player: Player, seed: number, maxSteps = 1000): string[] {
  const random = mulberry32(seed);
  let snapshot = startRun(player);
  const events: string[] = [];
  while (!isFinished(snapshot) && events.length < maxSteps) {
    // A timed scene's TIME_UP is one more road a random learner may take (after the buttons).
    const timed = timedChoice(player, snapshot);
    const offered = [...offeredChoices(player, snapshot, seed), ...(timed ? [timed] : [])];
    const pick = offered[Math.floor(random() * offered.length)];
    const next = pick && choose(player, snapshot, pick.event);
    if (!pick || !next) break;
    snapshot = next;
    events.push(pick.event);
  }
  return events;
}
