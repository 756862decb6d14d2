// @vitest-environment jsdom
/**
 * Issue 18: what an LMS package tells the learner reads in the learner's language — the
 * cmi5 status region, its notices (the step of a launch that failed, the statement the LRS
 * did not take) and the way back to the course — and a notice already on screen is worded
 * again when the learner switches language. Under the pseudo-locale no English word is
 * left in any cmi5 notice but the names it quotes.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { cmi5Notice, CMI5_NOTICES, type Cmi5NoticeCode } from '../../src/delivery/cmi5/notices';
import type { Cmi5Status as Status } from '../../src/delivery/cmi5';
import { Cmi5Status } from '../../src/ui/Cmi5Status';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { untranslatedWords, useEnglish, usePseudoLocale } from '../support/untranslated';

afterEach(() => {
  cleanup();
  useEnglish();
});

const launch = (name: string) => ({ kind: 'launch', name }) as const;

function source(status: Status) {
  return { subscribe: () => () => undefined, getSnapshot: () => status, dismiss: () => {} };
}

describe('the cmi5 status in German', () => {
  it('shows its region, notices, buttons and the way back in German', async () => {
    await switchLanguage('de');
    const status: Status = {
      state: 'ended',
      notices: [
        cmi5Notice('cmi5-launch-failed', launch('token')),
        cmi5Notice(
          'cmi5-send-failed',
          { kind: 'statement', name: 'decision-2' },
          { kind: 'decision', number: 2, label: 'Ask the team' },
        ),
        cmi5Notice('cmi5-not-recorded', launch('browse')),
      ],
      returnUrl: 'https://lms.example.org/course/42',
    };
    render(<Cmi5Status session={source(status)} />);
    const region = screen.getByRole('region', { name: 'Ihr Lernsystem' });
    expect(region.textContent).toMatch(
      /Casebook konnte keine Verbindung zu Ihrem Lernsystem herstellen \(das Abrufen des Anmelde-Tokens/,
    );
    expect(region.textContent).toMatch(/den Eintrag für Entscheidung 2 \(„Ask the team“\)/);
    expect(region.textContent).toMatch(/zum Durchsehen geöffnet/);
    expect(region.textContent).toMatch(/Warnung:/);
    expect(screen.getAllByRole('button', { name: /Schließen/ })).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Zurück zum Kurs' })).toBeTruthy();
    expect(region.textContent).not.toMatch(/learning system|Dismiss|Return to course/);
  });

  it('words a notice already shown again when the learner switches language', async () => {
    const status: Status = {
      state: 'offline',
      notices: [cmi5Notice('cmi5-not-launched', launch('endpoint, fetch'))],
    };
    render(<Cmi5Status session={source(status)} />);
    expect(screen.getByText(/not opened by a learning system/)).toBeTruthy();
    await act(() => switchLanguage('de'));
    expect(
      screen.getByText(/nicht über ein Lernsystem geöffnet \(.*endpoint, fetch\)/),
    ).toBeTruthy();
    expect(screen.queryByText(/not opened by a learning system/)).toBeNull();
    expect(screen.getByRole('region', { name: 'Ihr Lernsystem' })).toBeTruthy();
  });
});

it('words every cmi5 notice through the catalog (pseudo-locale)', () => {
  usePseudoLocale();
  const made = (Object.keys(CMI5_NOTICES) as Cmi5NoticeCode[]).flatMap((code) => [
    cmi5Notice(code, launch('x')),
    cmi5Notice(code, launch('launch-data')),
    cmi5Notice(code, launch('none')),
  ]);
  const sent = [
    { kind: 'decision', number: 1, label: 'x' },
    { kind: 'completion' },
    { kind: 'result', verb: 'passed' },
    { kind: 'result', verb: 'failed' },
    { kind: 'end' },
  ] as const;
  for (const s of sent)
    made.push(cmi5Notice('cmi5-send-failed', { kind: 'statement', name: 'x' }, s));
  for (const mode of ['browse', 'review']) made.push(cmi5Notice('cmi5-not-recorded', launch(mode)));
  const p = document.createElement('p');
  p.textContent = made
    .map((n) => n.message)
    .join(' ')
    .replace(/\bx\b/g, ' ');
  expect(
    untranslatedWords(p, ['Casebook', 'LMS.LaunchData', 'launch-data', 'none', 'browse', 'review']),
  ).toEqual([]);
});
