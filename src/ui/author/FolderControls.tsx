// Author mode's ways in: open a folder (File System Access API, which can be watched),
// choose a folder's files or loose files with a picker, check again, and the box that
// turns the watch on and off.
import type { ChangeEvent } from 'react';
import { canOpenFolders } from './folder-access';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/author';

export function FolderControls({
  checked,
  folder,
  watching,
  onOpen,
  onPick,
  onAgain,
  onWatch,
}: {
  checked: boolean;
  /** The opened folder's name, when one is open. */
  folder: string | undefined;
  watching: boolean;
  onOpen: () => void;
  onPick: (event: ChangeEvent<HTMLInputElement>) => void;
  onAgain: () => void;
  onWatch: (on: boolean) => void;
}) {
  const t = useT();
  return (
    <>
      <div className="actions">
        {canOpenFolders() && (
          <button type="button" className="primary" onClick={onOpen}>
            {t('author.folder.open')}
          </button>
        )}
        <label className="button">
          {canOpenFolders() ? t('author.folder.chooseFromFolder') : t('author.folder.open')}
          <input
            className="visually-hidden"
            type="file"
            multiple
            onChange={onPick}
            ref={pickDirectories}
          />
        </label>
        <label className="button">
          {t('author.folder.chooseFiles')}
          <input
            className="visually-hidden"
            type="file"
            multiple
            accept=".md,.json"
            onChange={onPick}
          />
        </label>
        {checked && (
          <button type="button" onClick={onAgain}>
            {t('author.folder.again')}
          </button>
        )}
      </div>
      {folder !== undefined && (
        <p>
          <label>
            <input type="checkbox" checked={watching} onChange={(e) => onWatch(e.target.checked)} />{' '}
            {t('author.folder.watch', { folder })}
          </label>
        </p>
      )}
    </>
  );
}

/**
 * Make a file input pick a whole folder. Set on the element itself: `webkitdirectory` is
 * no React prop, and a UI runtime that sets it as a DOM property from `""` turns it off.
 */
function pickDirectories(input: HTMLInputElement | null): void {
  if (input) input.setAttribute('webkitdirectory', '');
}
