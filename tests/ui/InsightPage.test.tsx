// @vitest-environment jsdom
/**
 * The insight page in the whole app (jsdom: no Worker, so the read runs in the page on
 * the same code): linked discreetly from the footer, loaded when opened, its form labelled
 * and keyboard-usable with the secret as a never-autofilled password; a read empties the key
 * and secret fields and keeps them out of storage and the address, and a failed read is an
 * alert with its code. Checked with axe.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, violations } from './harness';

afterEach(cleanup);

const SECRET = 'correct-horse-battery-staple';

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
});
