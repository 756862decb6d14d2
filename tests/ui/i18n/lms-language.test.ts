/** The LMS language store: it holds what a runtime read, trims it, and tells subscribers once per change. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  lmsLanguage,
  setLmsLanguage,
  subscribeLmsLanguage,
} from '../../../src/ui/i18n/lms-language';

afterEach(() => setLmsLanguage(undefined));

describe('lms language', () => {
  it('holds the language and tells subscribers of each change, not of repeats', () => {
    let calls = 0;
    const stop = subscribeLmsLanguage(() => calls++);
    setLmsLanguage(' de ');
    expect(lmsLanguage()).toBe('de');
    setLmsLanguage('de');
    expect(calls).toBe(1);
    setLmsLanguage('');
    expect(lmsLanguage()).toBeUndefined();
    expect(calls).toBe(2);
    stop();
    setLmsLanguage('en');
    expect(calls).toBe(2);
  });
});
