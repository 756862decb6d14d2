// @vitest-environment jsdom
/**
 * The app's language in jsdom: `<html lang>` follows the browser (and its
 * `languagechange`), then the LMS once it is read, then the learner's choice in the
 * profile's language setting, which is saved; `dir` is rtl for right-to-left languages
 * (pseudo-locales too). The setting names each language in its own words, marked with `lang`.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProgress } from '../../../src/progress';
import { textDirection } from '../../../src/ui/i18n/DocumentLanguage';
import { setLmsLanguage } from '../../../src/ui/i18n/lms-language';
import { MemoryStorage, renderApp, violations } from '../harness';

let languages: string[] = ['en-US'];

function browserSpeaks(list: string[]) {
  languages = list;
  act(() => {
    window.dispatchEvent(new Event('languagechange'));
  });
}

beforeEach(() => {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  languages = ['en-US'];
});
afterEach(() => {
  cleanup();
  act(() => setLmsLanguage(undefined));
});

const htmlLang = () => document.documentElement.lang;

describe('app language', () => {
  it('follows the browser, then the LMS, then the learner, and saves the choice', async () => {
    const storage = new MemoryStorage();
    renderApp({ storage, hash: '#/profile' });
    await waitFor(() => expect(htmlLang()).toBe('en'));
    expect(document.documentElement.dir).toBe('ltr');
    browserSpeaks(['de-AT', 'en']);
    await waitFor(() => expect(htmlLang()).toBe('de'));
    act(() => setLmsLanguage('en-GB'));
    await waitFor(() => expect(htmlLang()).toBe('en'));

    const picker = await screen.findByLabelText('Language');
    expect(picker).toHaveProperty('value', 'automatic');
    const german = screen.getByRole('option', { name: 'Deutsch' });
    expect(german.getAttribute('lang')).toBe('de');
    fireEvent.change(picker, { target: { value: 'de' } });
    await waitFor(() => expect(htmlLang()).toBe('de'));
    const saved = loadProgress(storage, new Date('2026-11-22T10:00:00Z')).progress.settings;
    expect(saved.language).toBe('de');

    fireEvent.change(picker, { target: { value: 'automatic' } });
    await waitFor(() => expect(htmlLang()).toBe('en'));
    expect(await violations(document.body)).toEqual([]);
  });

  it('gives right-to-left languages dir="rtl", pseudo-locales included', () => {
    for (const lang of ['ar', 'ar-XB', 'he-IL', 'fa', 'ur-PK'])
      expect(textDirection(lang)).toBe('rtl');
    for (const lang of ['en', 'de', 'en-XA', 'az-Latn', 'nonsense!'])
      expect(textDirection(lang)).toBe('ltr');
  });
});
