// @vitest-environment jsdom
// Issue 18: every notice about saved progress is made in the learner's language when it is
// raised — under the pseudo-locale no English word is left but the names a notice quotes
// (scenario ids, file names, backup keys), and in German the counts pick the right form.
import { afterEach, describe, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import { activate } from '../../src/i18n';
import { de } from '../../src/i18n/catalogs/de';
import { lmsNotice } from '../../src/progress/lms-notices';
import { notice, type Fate } from '../../src/progress/notices';
import { checkRun } from '../../src/progress/schema';
import { readProgress } from '../../src/progress/read';
import { untranslatedWords, useEnglish, usePseudoLocale } from '../support/untranslated';

const file = { kind: 'import', name: 'progress.json' } as const;
const store = { kind: 'storage', name: 'casebook' } as const;
const run = { scenarioId: 'budget-talk', startedAt: '2026-03-12T10:00:00Z' };
const backup: Fate = { backup: 'casebook-backup-1' };
const failed: Fate = { backupFailed: 'quota' };
const known = ['progress.json', 'casebook-backup-1', 'casebook', 'budget-talk', 'quota', 'LMS'];

/** One notice of every code, with details that reach every branch of its words. */
function everyNotice(): string[] {
  const many = { count: 10_000, examples: ['"r-a"', '"r-b"', '"r-c"'] };
  return [
    notice('storage-unavailable', store),
    notice('storage-full', store),
    notice('storage-corrupt', store, { problem: 'x', fate: failed }),
    notice('storage-foreign', store, { problem: 'x', fate: backup }),
    notice('storage-future-version', store, { version: 9 }),
    notice('storage-upgraded', store, { from: 1, fate: backup }),
    notice('storage-upgraded', store, { from: 1, fate: failed }),
    notice('storage-not-persistent', store),
    notice('run-conflict', store, { run, step: 2, fate: backup }),
    notice('run-conflict', store, { run, step: 2, fate: failed }),
    notice('record-invalid', store, { record: 'x', problem: 'x', fate: { skipped: true } }),
    notice('record-invalid', store, { record: 'x', problem: 'x', fate: failed, instead: 'x' }),
    notice('run-stale', store, { run, step: 0, event: 'x' }),
    notice('run-continued', store, { step: 0, event: 'x' }),
    notice('run-replayed', store, { run }),
    notice('run-unplayable', store, { run, step: 0, event: 'x' }),
    notice('runs-stale', store, many),
    notice('runs-unplayable', store, many),
    notice('runs-replayed', store, many),
    notice('scenario-missing', { kind: 'scenario', name: 'budget-talk' }, { runs: 1 }),
    notice('scenario-missing', store, { runs: 2, scenarios: many }),
    notice('records-invalid', store, { ...many, fate: failed }),
    notice('runs-renamed', file, many),
    notice('import-invalid', file, { problem: 'x' }),
    notice('import-future-version', file, { version: 9 }),
    notice('import-merged', file, {
      added: 1,
      updated: 2,
      kept: 3,
      settings: true,
      profile: true,
      reflections: { added: 1, updated: 0, kept: 0 },
      replaced: { runs: 1, reflections: 2, fields: ['settings', 'profile'], fate: backup },
    }),
    notice('import-merged', file, {
      ...{ added: 0, updated: 0, kept: 0, settings: false },
      replaced: { runs: 2, reflections: 0, fields: [], fate: failed },
    }),
    lmsNotice('lms-missing', store),
    lmsNotice('lms-refused', store, { element: 'x', code: '405', text: 'x' }),
    lmsNotice('lms-reflections-dropped', store, { limit: 4096 }),
    lmsNotice('lms-run-too-long', store, { limit: 4096 }),
    lmsNotice('lms-data-unreadable', store, { problem: 'x' }),
  ].map((n) => n.message);
}

/** The English words left in `text` under the pseudo-locale, beside the quoted names. */
function english(text: string): string[] {
  const p = document.createElement('p');
  p.textContent = text.replace(/\b[xr]\b|r-[abc]/g, ' ');
  return untranslatedWords(p, known);
}

describe('notices in the learner’s language', () => {
  afterEach(useEnglish);

  it('come through the catalog in every branch (pseudo-locale)', () => {
    usePseudoLocale();
    expect(everyNotice().flatMap(english)).toEqual([]);
  });

  it('name what could not be read in the catalog’s words too', () => {
    usePseudoLocale();
    const bad = checkRun('r-1', { id: 'r-1', events: 'x' }, 'runs["r-1"]');
    const foreign = readProgress({ version: 'x' });
    const problems = [
      bad.ok ? '' : bad.problem,
      foreign.kind === 'foreign' ? foreign.problem : '',
      notice('storage-corrupt', store, { problem: 'x', fate: failed }).message,
    ];
    expect(problems.every((p) => p.length > 0)).toBe(true);
    expect(problems.flatMap((p) => english(p.replace('scenarioId', ' ')))).toEqual([]);
  });

  it('count in German: one run and many runs, numbers as Germans write them', () => {
    activate('de', de as unknown as Messages);
    const one = notice('import-merged', file, { added: 1, updated: 2, kept: 1, settings: false });
    expect(one.message).toContain('1 neuer Durchlauf hinzugefügt, 2 Durchläufe aus der Datei');
    const many = notice('runs-stale', store, { count: 10_000, examples: ['„a“', '„b“'] });
    expect(many.message).toMatch(/^10\.000 Ihrer Durchläufe/);
    expect(many.message).toContain('„a“, „b“ und 9.998 weitere');
    const renamedOne = notice('runs-renamed', file, { count: 1, examples: ['„a“'] });
    expect(renamedOne.message).toMatch(/^1 Durchlauf in „progress.json“ hatte eine ID/);
  });
});
