// Its own small module: the play and end pages (the first screen) show these words, and
// importing them must not bring the rest of the debrief's vocabulary with it.
/**
 * Format v1.1 (views15): a timed decision's `TIME_UP` road is no option a learner
 * clicked, so every view words it as the time running out, followed by the section's
 * own label ("You let the time run out: Say nothing and wait"). Looked up at call time
 * in the learner's language (issue 18).
 */
import { t } from '../i18n';
import '../i18n/areas/debrief';

/** The decision the learner made by letting the timer end, or the same road not taken. */
export function timeUpWords(taken: boolean): string {
  return t(taken ? 'debrief.timeUp.chosen' : 'debrief.timeUp.notTaken');
}
