/**
 * The learner's language setting: saved and loaded with the other settings; saves from
 * before it have none (follow the LMS or the browser); a corrupt value is dropped with a
 * notice that names it and nothing else is lost; another tab's write and an export/import
 * carry it.
 */
import { describe, expect, it } from 'vitest';
import {
  exportProgress,
  importProgress,
  loadProgress,
  placeWrite,
  readOtherTabWrite,
  saveProgress,
  setLanguage,
  STORAGE_KEY,
} from '../../src/progress';
import { MemoryStorage } from './memory-storage';
import { at, sampleProgress } from './sample';

const now = at(59);

function load(settings: unknown) {
  const storage = new MemoryStorage();
  saveProgress(storage, { ...sampleProgress(), settings: settings as never });
  return loadProgress(storage, now);
}

describe('language setting', () => {
  it('round-trips a tag and leaves old saves without one, with no notice', () => {
    const chosen = load({ coaching: 'practice', timers: 'double', language: 'de-CH' });
    expect(chosen.progress.settings).toEqual({
      coaching: 'practice',
      timers: 'double',
      language: 'de-CH',
    });
    expect(chosen.notices).toEqual([]);
    const old = load({ coaching: 'practice' });
    expect(old.progress.settings).toEqual({ coaching: 'practice' });
    expect(old.notices).toEqual([]);
  });

  for (const bad of ['not a tag!', '', 42, ['de']])
    it(`drops ${JSON.stringify(bad)} with a notice and keeps the other settings`, () => {
      const loaded = load({ coaching: 'practice', timers: 'off', language: bad });
      expect(loaded.progress.settings).toEqual({ coaching: 'practice', timers: 'off' });
      expect(JSON.stringify(loaded.notices)).toContain('settings.language');
      expect(loaded.progress.runs).toEqual(sampleProgress().runs);
    });

  it('sets and clears the choice', () => {
    const german = setLanguage(sampleProgress(), 'de');
    expect(german.settings.language).toBe('de');
    expect('language' in setLanguage(german, undefined).settings).toBe(false);
  });

  it("follows another tab's choice", () => {
    const elsewhere = new MemoryStorage();
    saveProgress(elsewhere, setLanguage(sampleProgress(), 'de'));
    const write = readOtherTabWrite(STORAGE_KEY, elsewhere.getItem(STORAGE_KEY));
    expect(placeWrite(sampleProgress(), write).settings.language).toBe('de');
  });

  it('travels in an export and comes back on import', () => {
    const text = exportProgress(setLanguage(sampleProgress(), 'de'), at(30));
    const backup = () => ({ backup: 'casebook:progress:backup:test' });
    const result = importProgress(sampleProgress(), text, 'away.json', at(31), { backup });
    expect(result.progress.settings.language).toBe('de');
  });
});
