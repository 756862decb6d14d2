/**
 * The author's session in the page: the reducer of `session.ts` and the async paths
 * that feed it — open a folder, choose files, check again, and the watch that checks
 * again when a file in the opened folder is saved. Each check takes the next request
 * number before it starts, so whichever answer arrives last, only the newest is shown.
 */
import { useCallback, useEffect, useReducer, useRef, type ChangeEvent } from 'react';
import { readPicked, type PickedFile } from '../authoring';
import { pickFolder, readFolder, watchFolder } from './folder-access';
import { initialSession, isWatching, sessionReducer, type Session, type Words } from './session';
import { authorWork } from './work/client';
import { withPickedImages } from './image-urls';
import type { AuthorWork } from './work/protocol';
import { t } from '../../i18n';
import '../../i18n/areas/author';

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface AuthorSession {
  session: Session;
  openFolder: () => Promise<void>;
  pick: (event: ChangeEvent<HTMLInputElement>) => Promise<void>;
  again: () => Promise<void>;
  setWatching: (on: boolean) => void;
  show: (folder: string, scene: string | undefined) => void;
  setScene: (scene: string) => void;
  work: AuthorWork;
}

export function useAuthorSession(
  /** The app's own taxonomy as text, for files chosen without a behaviours.json. */
  fallback: () => Promise<string | undefined>,
  work: AuthorWork = authorWork(),
): AuthorSession {
  const [session, dispatch] = useReducer(sessionReducer, initialSession);
  const requests = useRef(0);
  const imageUrls = useRef<string[]>([]);
  useEffect(() => () => imageUrls.current.forEach((url) => URL.revokeObjectURL(url)), []);

  const run = useCallback(
    async (files: PickedFile[], why?: Words) => {
      const request = ++requests.current;
      dispatch({ type: 'checking', request });
      try {
        const checked = await work.check(request, files, await fallback());
        if (request !== requests.current) return; // A newer check is on its way.
        const { result, urls } = withPickedImages(checked, files);
        imageUrls.current.forEach((url) => URL.revokeObjectURL(url));
        imageUrls.current = urls;
        dispatch({ type: 'checked', files, result, ...(why ? { why } : {}) });
      } catch (error) {
        dispatch({
          type: 'failed',
          request,
          status: () => t('author.status.checkFailed', { message: message(error) }),
        });
      }
    },
    [work, fallback],
  );

  const source = session.source;
  const folder = source?.kind === 'folder' ? source.handle : undefined;
  const signature = source?.kind === 'folder' ? source.signature : '';
  const watching = isWatching(session);
  useEffect(() => {
    if (!folder || !watching) return;
    const watch = watchFolder(
      folder,
      signature,
      (changed) => {
        dispatch({ type: 'changed', signature: changed.signature });
        void run(changed.files, () => t('author.status.changed', { folder: folder.name }));
      },
      (error) =>
        dispatch({
          type: 'failed',
          status: () =>
            t('author.status.folderGone', { folder: folder.name, message: message(error) }),
        }),
    );
    return () => watch.stop();
  }, [folder, watching, signature, run]);

  const openFolder = async () => {
    try {
      const handle = await pickFolder();
      if (!handle) return;
      dispatch({ type: 'reading', name: handle.name });
      const opened = await readFolder(handle);
      dispatch({
        type: 'opened',
        source: { kind: 'folder', handle, signature: opened.signature },
      });
      await run(opened.files);
    } catch (error) {
      dispatch({
        type: 'failed',
        status: () => t('author.status.folderFailed', { message: message(error) }),
      });
    }
  };
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    if (!event.target.files) return;
    const files = [...event.target.files];
    dispatch({ type: 'opened', source: { kind: 'picked', files } });
    await run(await readPicked(files));
  };
  const again = async () => {
    if (!session.shown || !source) return;
    try {
      if (source.kind === 'folder') {
        const opened = await readFolder(source.handle);
        dispatch({ type: 'changed', signature: opened.signature });
        await run(opened.files);
      } else await run(await readPicked(source.files));
    } catch {
      // Chromium will not read a picked file again once it has changed on disk.
      dispatch({
        type: 'failed',
        status: () => t('author.status.cannotReread'),
      });
    }
  };
  /** Open a scenario's map (and a scene in its reader), and take the focus there. */
  const show = (folder: string, scene: string | undefined) => {
    dispatch({ type: 'explore', folder, ...(scene ? { scene } : {}) });
    requestAnimationFrame(() =>
      document.getElementById(scene ? 'reader-heading' : 'workbench-heading')?.focus(),
    );
  };
  const setWatching = useCallback((on: boolean) => dispatch({ type: 'watch', on }), []);
  const setScene = useCallback((scene: string) => dispatch({ type: 'scene', scene }), []);
  return { session, openFolder, pick, again, setWatching, show, setScene, work };
}
