// The learner's path in German (issue 18): the sentences that count (runs, decisions,
// errors, seconds) take German plural forms, and the labels follow the language when read.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import '../../src/i18n/areas/briefing';
import '../../src/i18n/areas/ending';
import '../../src/i18n/areas/play';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { decisionsLabel, OUTCOME_LABEL, outcomeLabel, runsWord } from '../../src/ui/labels';
import { milestoneCrossed } from '../../src/ui/timer-words';

beforeEach(() => switchLanguage('de'));
afterEach(() => switchLanguage('en'));

it('counts decisions, runs and errors with German plurals', () => {
  expect(decisionsLabel({ shortest: 1, longest: null })).toBe('1 Entscheidung');
  expect(decisionsLabel({ shortest: 4, longest: 8 })).toBe('4–8 Entscheidungen');
  expect(runsWord(1)).toBe('Ihrem einen Durchlauf');
  expect(runsWord(6)).toBe('Ihren 6 Durchläufen');
  expect(t('library.completed', { count: 2 })).toBe('2 Mal abgeschlossen.');
  expect(t('library.inProgress', { count: 1 })).toBe('Begonnen: 1 Entscheidung getroffen.');
  expect(t('errors.broken.lede', { folder: 'beta', errors: 2 })).toBe(
    '„beta“ kann erst gespielt werden, wenn seine Fehler behoben sind.',
  );
  expect(t('briefing.run.stale', { outcome: 'Nicht beendet', count: 1, why: 'replay' })).toBe(
    'Nicht beendet, 1 Entscheidung (die Entscheidungen lassen sich auf diesem Szenario nicht nachspielen: nur lesbar)',
  );
  expect(t('play.announce', { title: 'Dienstag', count: 3 })).toBe('Dienstag. 3 Möglichkeiten.');
});

it('says the seconds left in German, and outcome labels follow the language when read', async () => {
  expect(milestoneCrossed(60_000, 31_000, 29_000)).toBe('Noch 30 Sekunden zum Entscheiden.');
  expect(outcomeLabel('strong')).toBe('Starker Ausgang');
  expect(OUTCOME_LABEL.weak).toBe('Schwacher Ausgang');
  await switchLanguage('en');
  expect(OUTCOME_LABEL.weak).toBe('Weak outcome');
  expect(runsWord(1)).toBe('your one run');
});
