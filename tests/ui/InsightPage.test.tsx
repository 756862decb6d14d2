// @vitest-environment jsdom
/**
 * The insight page in the whole app (jsdom: no Worker, so the read runs in the page on
 * the same code): linked discreetly from the footer, loaded when opened, its form labelled
 * and keyboard-usable with the secret as a never-autofilled password; a read empties the key
 * and secret fields and keeps them out of storage and the address, and a failed read is an
 * alert with its code. Checked with axe.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCourse } from '../../src/vite/course-index';
import { progressFile } from '../insight/progress-files';
import { cohortStatements } from '../support/insight-cohort';
import { ROOT } from '../support/paths';
import { renderApp, violations } from './harness';

afterEach(cleanup);

const SECRET = 'correct-horse-battery-staple';

const built = buildCourse('scenarios', ROOT);
const reference = built.scenarios.get('missed-deadline');
if (!reference) throw new Error('the reference scenario does not compile');
const STRONG = [
  'ASK_WHAT_CHANGED',
  'ASK_ABOUT_CALLUM',
  'ASK_ABOUT_HOME',
  'THANK_AND_ASK_WHAT_HELPS',
  'RESET_WITH_CALLUM',
  'BOOK_FOLLOW_UP',
];
const WEAK = ['ACCEPT_FRIDAY', 'TELL_ROSA_ITS_A_BLIP', 'SET_THE_DATES', 'LEAVE_IT_OPEN'];
const at = (d: number) => new Date(Date.UTC(2026, 10, d, 9));
const NAMES = ['ada.lovelace', 'grace.hopper', 'alan.turing', 'edsger.dijkstra', 'barbara.liskov'];

/** Choose `files` in the file input labelled `label`, as a lead does. */
function choose(label: string, files: File[]) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

async function openPage() {
  const rendered = renderApp({ hash: '#/insight' });
  await screen.findByRole('heading', { level: 1, name: 'Cohort insight' });
  return rendered;
}

const numbersRow = (header: string) =>
  within(screen.getByRole('table', { name: 'The Missed Deadline in numbers' }))
    .getByRole('rowheader', { name: header })
    .closest('tr')?.textContent;

describe('the insight page', () => {
  it('is linked from the footer and opens on its heading, with a labelled form', async () => {
    const { container } = renderApp();
    const link = screen.getByRole('link', { name: 'Cohort insight' });
    expect(link.getAttribute('href')).toBe('#/insight');
    window.location.hash = '#/insight';
    fireEvent(window, new HashChangeEvent('hashchange'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Cohort insight' });
    expect(document.activeElement).toBe(heading);
    const secret = screen.getByLabelText('Secret') as HTMLInputElement;
    expect(secret.type).toBe('password');
    expect(secret.autocomplete).toBe('off');
    expect((screen.getByLabelText('LRS endpoint') as HTMLInputElement).type).toBe('url');
    expect(screen.getByLabelText("Open learners' progress files")).toHaveProperty('multiple', true);
    const scenarios = screen.getByLabelText('Scenario') as HTMLSelectElement;
    expect([...scenarios.options].map((o) => o.value)).toContain('missed-deadline');
    expect(await violations(container)).toEqual([]);
  });

  it('empties the key and secret once a read starts, and keeps them out of storage and the URL', async () => {
    const { storage } = renderApp({ hash: '#/insight' });
    await screen.findByRole('heading', { level: 1, name: 'Cohort insight' });
    // Nothing listens on port 9 (discard): the read fails, and says so with a code.
    fireEvent.change(screen.getByLabelText('LRS endpoint'), {
      target: { value: 'http://127.0.0.1:9/xapi/' },
    });
    fireEvent.change(screen.getByLabelText('Key'), { target: { value: 'lead-key' } });
    fireEvent.change(screen.getByLabelText('Secret'), { target: { value: SECRET } });
    fireEvent.click(screen.getByRole('button', { name: 'Read the LRS' }));
    expect((screen.getByLabelText('Secret') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Key') as HTMLInputElement).value).toBe('');
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-code')).toMatch(/^lrs-/);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Read the LRS' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    expect(JSON.stringify([storage, localStorage, sessionStorage, location.href])).not.toContain(
      SECRET,
    );
  });

  it('reads an LRS export file through the fold, shows the numbers, and names no learner', async () => {
    const learners = NAMES.map((name, i) => ({
      name,
      events: i < 3 ? STRONG : WEAK,
      at: at(i + 2),
    }));
    const statements = cohortStatements(reference, built.index.taxonomy, learners);
    const { container } = await openPage();
    choose('Open an LRS export file', [
      new File([JSON.stringify({ statements })], 'export.json', { type: 'application/json' }),
    ]);
    await screen.findByText(`Done: ${statements.length} statements read.`);
    expect(numbersRow('Learners')).toBe('Learners5');
    expect(numbersRow('Runs completed')).toBe('Runs completed5');
    expect(numbersRow('Strong outcome')).toBe('Strong outcome3');
    expect(numbersRow('Weak outcome')).toBe('Weak outcome2');
    const opening = screen.getByRole('table', { name: 'Tuesday morning — 5 learners' });
    expect(within(opening).getByText('60%')).toBeTruthy();
    expect(within(opening).getByText('40%')).toBeTruthy();
    for (const name of NAMES) expect(container.textContent).not.toContain(name);
    expect(container.textContent).not.toContain('example.org');
    expect(await violations(container)).toEqual([]);
  });

  it('says an export file that is not one is not, with a code', async () => {
    await openPage();
    choose('Open an LRS export file', [new File(['hello'], 'notes.txt')]);
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-code')).toBe('file-not-an-export');
    expect(alert.textContent).toContain('notes.txt is not an LRS export');
  });

  it("replays learners' progress files on the course, and hides what four learners did", async () => {
    await openPage();
    const files = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          new File(
            [progressFile([{ seed: 7 + i, start: at(i + 1) }], `l${i}`)],
            `${NAMES[i]}.json`,
          ),
      );
    choose("Open learners' progress files", files(5));
    await screen.findByText(/^Done:/);
    expect(numbersRow('Learners')).toBe('Learners5');
    expect(numbersRow('Runs started')).toBe('Runs started5');
    choose("Open learners' progress files", [...files(4), new File(['{}'], 'notes.json')]);
    await waitFor(() =>
      expect(screen.queryByRole('table', { name: 'The Missed Deadline in numbers' })).toBeNull(),
    );
    const hidden = screen.getByRole('region', { name: 'The Missed Deadline' });
    expect(hidden.textContent).toContain('Fewer than 5 learners — hidden to protect privacy.');
    expect(screen.getByText(/Left out: 1 file was not a progress file/)).toBeTruthy();
    for (const name of NAMES) expect(document.body.textContent).not.toContain(`${name}.json`);
  });
});
