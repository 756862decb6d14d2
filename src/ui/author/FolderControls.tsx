// Author mode's ways in: open a folder (File System Access API, which can be watched),
// choose a folder's files or loose files with a picker, check again, and the box that
// turns the watch on and off.
import type { ChangeEvent } from 'react';
import { canOpenFolders } from './folder-access';

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
  return (
    <>
      <div className="actions">
        {canOpenFolders() && (
          <button type="button" className="primary" onClick={onOpen}>
            Open a folder
          </button>
        )}
        <label className="button">
          {canOpenFolders() ? 'Choose files from a folder' : 'Open a folder'}
          <input
            className="visually-hidden"
            type="file"
            multiple
            onChange={onPick}
            {...{ webkitdirectory: '' }}
          />
        </label>
        <label className="button">
          Choose files
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
            Check again
          </button>
        )}
      </div>
      {folder !== undefined && (
        <p>
          <label>
            <input type="checkbox" checked={watching} onChange={(e) => onWatch(e.target.checked)} />{' '}
            Check again when a file in {folder} changes
          </label>
        </p>
      )}
    </>
  );
}
