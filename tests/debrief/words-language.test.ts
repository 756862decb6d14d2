// Issue 18 item 3: the debrief's framework words are looked up in the learner's language
// when the debrief is computed, not fixed when the module loads; its structure (tags,
// patterns, path) does not depend on the language.
import type { Messages } from '@lingui/core';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { afterEach, describe, expect, it } from 'vitest';
import { debrief, pathTitle, patternInline, patternLabel, tagLabel } from '../../src/debrief';
import { timeUpWords } from '../../src/debrief/time-up-words';
import { createPlayer, traceRun } from '../../src/engine';
import { activate } from '../../src/i18n';
import { en } from '../../src/i18n/catalogs/en';
import { buildCourse } from '../../src/vite/course-index';
import { ROOT } from '../support/paths';

const course = buildCourse('scenarios', ROOT);
const scenario = course.scenarios.get('missed-deadline');
if (!scenario) throw new Error('the reference scenario does not compile');
const run = traceRun(createPlayer(scenario), [
  'ACCEPT_FRIDAY',
  'TELL_ROSA_ITS_A_BLIP',
  'SET_THE_DATES',
  'LEAVE_IT_OPEN',
]);
const german = () => switchLanguage('de');

afterEach(() => activate('en', en as unknown as Messages));

describe('the debrief’s words in the active language', () => {
  it('reads the framework’s terms in German once German is active', async () => {
    expect(tagLabel('leadership')).toBe('Leadership');
    await german();
    expect(tagLabel('leadership')).toBe('Führung');
    expect(patternLabel('missed-deadlines')).toBe('Verpasste Fristen');
    // German nouns keep their capital inside a sentence (English lower-cases them).
    expect(patternInline('missed-deadlines')).toBe('Verpasste Fristen');
    expect(timeUpWords(true)).toBe('Sie haben die Zeit ablaufen lassen');
  });

  it('titles the recommended path in the language active when the debrief is computed', async () => {
    const english = debrief(scenario, run, course.index.taxonomy);
    await german();
    const inGerman = debrief(scenario, run, course.index.taxonomy);
    expect(english.recommendation.title).toBe('Management fundamentals');
    expect(inGerman.recommendation.title).toBe(pathTitle(inGerman.recommendation.path));
    expect(inGerman.recommendation.title).toBe('Grundlagen des Managements');
    expect(inGerman.recommendation.path).toBe(english.recommendation.path);
    expect(inGerman.patterns).toEqual(english.patterns);
  });
});
