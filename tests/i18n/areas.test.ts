// Catalogs that travel with their pages: an area's English is there as soon as its code is,
// its German arrives before a page that needs it shows, and a German file that cannot be
// fetched leaves English words, never ids.
import { afterEach, expect, it, vi } from 'vitest';
import type { Messages } from '@lingui/core';
import { activate, areasReady, registerArea, t } from '../../src/i18n';
import { en } from '../../src/i18n/catalogs/en';
import { switchLanguage } from '../../src/ui/i18n/load-language';

afterEach(() => activate('en', en as unknown as Messages));

const say = (id: string, values?: Record<string, number>) => t(id as never, values);

it('has an area’s English words once registered, and its German after a switch', async () => {
  const german = vi.fn(() => Promise.resolve({ default: { 'a1.hello': 'Hallo' } }));
  registerArea('a1', { 'a1.hello': 'Hello' }, { de: german });
  expect(say('a1.hello')).toBe('Hello');
  expect(german).not.toHaveBeenCalled();
  await switchLanguage('de');
  expect(say('a1.hello')).toBe('Hallo');
  await switchLanguage('en');
  await switchLanguage('de');
  expect(german).toHaveBeenCalledTimes(1);
});

it('fetches the German of an area registered while German is active before its page shows', async () => {
  await switchLanguage('de');
  let arrive: (m: { default: unknown }) => void = () => undefined;
  registerArea(
    'a2',
    { 'a2.runs': '{n, plural, one {# run} other {# runs}}' },
    {
      de: () => new Promise((resolve) => (arrive = resolve)),
    },
  );
  let ready = false;
  const waiting = areasReady().then(() => (ready = true));
  await Promise.resolve();
  expect(ready).toBe(false);
  arrive({ default: { 'a2.runs': '{n, plural, one {# Durchlauf} other {# Durchläufe}}' } });
  await waiting;
  expect(say('a2.runs', { n: 2 })).toBe('2 Durchläufe');
});

it('shows English, not ids, when an area’s German cannot be fetched, and tries again next time', async () => {
  const german = vi
    .fn<() => Promise<{ default: unknown }>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch'))
    .mockResolvedValue({ default: { 'a3.save': 'Speichern' } });
  registerArea('a3', { 'a3.save': 'Save' }, { de: german });
  await switchLanguage('de');
  expect(say('a3.save')).toBe('Save');
  await switchLanguage('en');
  await switchLanguage('de');
  expect(say('a3.save')).toBe('Speichern');
});

it('uses English for an area with no translation into the active language', async () => {
  registerArea('a4', { 'a4.only': 'Only English' }, {});
  await switchLanguage('de');
  expect(say('a4.only')).toBe('Only English');
});
