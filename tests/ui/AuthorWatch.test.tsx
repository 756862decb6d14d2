// @vitest-environment jsdom
/**
 * A folder opened through the File System Access API is checked again when a file
 * in it is saved, and the author keeps their place: the same scenario open, the same
 * scene in the player, now showing the edited version.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeFolderOf } from '../support/fake-folder';
import { rootPath } from '../support/paths';
import { renderApp } from './harness';

const FIXTURE = 'tests/fixtures/check/cb701-third-ending-needs-more-trust/base-case';

afterEach(() => {
  cleanup();
  delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
});

describe('re-checking a watched folder', () => {
  it('checks again after a save and keeps the player at the same scene', async () => {
    const folder = fakeFolderOf(rootPath(FIXTURE), 'base-case');
    (window as { showDirectoryPicker?: unknown }).showDirectoryPicker = async () => folder;
    renderApp({ hash: '#/author' });
    await screen.findByLabelText('Choose files from a folder');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Open a folder' }));
    });
    await screen.findByText(/^Checked 1 scenario/);
    fireEvent.click(screen.getByRole('button', { name: 'Play from this scene' }));
    const player = screen.getByRole('region', { name: 'Play from opening' });
    fireEvent.click(within(player).getByRole('button', { name: /Choose listen/ }));
    expect(within(player).getByText('The prose of follow-up.')).toBeTruthy();

    const markdown = readFileSync(rootPath(`${FIXTURE}/scenario.md`), 'utf8');
    folder.write('scenario.md', markdown.replace('The prose of follow-up.', 'Sam looks up.'), 2);
    await screen.findByText(/^A file changed in base-case; checked again\./, undefined, {
      timeout: 4000,
    });
    const after = screen.getByRole('region', { name: 'Play from opening' });
    expect(
      within(after).getByRole('heading', { name: 'Now in follow-up: Follow up' }),
    ).toBeTruthy();
    expect(within(after).getByText('Sam looks up.')).toBeTruthy();
    expect(after.textContent).toContain('opening: chose LISTEN.');

    // Unticking the box stops the watch.
    fireEvent.click(screen.getByLabelText(/Check again when a file in base-case changes/));
    folder.write('scenario.md', markdown.replace('The prose of follow-up.', 'Unseen.'), 3);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(screen.queryByText('Unseen.')).toBeNull();
  });
});
