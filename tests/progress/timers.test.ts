/**
 * The timer setting (timed decisions, WCAG 2.2.1): saved and loaded with the other
 * settings; saves from before it have none (standard); an unreadable value falls back
 * to standard without losing the coaching mode or raising a notice about the rest.
 */
import { describe, expect, it } from 'vitest';
import { loadProgress, saveProgress, setTimers } from '../../src/progress';
import { MemoryStorage } from './memory-storage';
import { at, sampleProgress } from './sample';

const now = at(59);

function roundTrip(settings: unknown) {
  const storage = new MemoryStorage();
  const progress = { ...sampleProgress(), settings: settings as never };
  saveProgress(storage, progress);
  return loadProgress(storage, now).progress.settings;
}

describe('timer setting', () => {
  it('round-trips each mode and leaves old saves without one', () => {
    for (const mode of ['standard', 'double', 'off'] as const)
      expect(roundTrip({ coaching: 'practice', timers: mode })).toEqual({
        coaching: 'practice',
        timers: mode,
      });
    expect(roundTrip({ coaching: 'practice' })).toEqual({ coaching: 'practice' });
  });

  it('falls back to standard on a corrupt value and keeps the coaching mode', () => {
    expect(roundTrip({ coaching: 'practice', timers: 'forever' })).toEqual({
      coaching: 'practice',
      timers: 'standard',
    });
  });

  it('sets the mode', () => {
    expect(setTimers(sampleProgress(), 'off').settings.timers).toBe('off');
  });
});
