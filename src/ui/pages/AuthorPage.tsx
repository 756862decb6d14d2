// Author mode (#/author): open a course or scenario folder from this computer and see
// every diagnostic with its file, line and source line — the same checks as
// `npm run check -- --strict`, run in the browser — then each scenario's map, its
// path statistics, and a player that starts at any scene with chosen values. Where
// the browser can open folders directly (File System Access API) the page checks
// again by itself when a file is saved. Nothing is uploaded. The compiler loads only
// when a folder is opened, so learners never download it, and it runs in a Web
// Worker, so a large scenario never blocks the page. The session's state lives in
// `author/session.ts`, its async paths in `author/useAuthorSession.ts`.
import { PageHeading } from '../components/PageHeading';
import { useCallback } from 'react';
import { taxonomyOf, useCourse } from '../course';
import { CheckResult } from '../author/CheckResult';
import { FolderControls } from '../author/FolderControls';
import { useAuthorSession } from '../author/useAuthorSession';
import { Rich } from '../i18n/Rich';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/author';

export function AuthorPage() {
  const t = useT();
  const course = useCourse();
  // Loose files without a behaviours.json are checked with this app's course taxonomy.
  const fallback = useCallback(
    () => taxonomyOf(course).then((taxonomy) => (taxonomy ? JSON.stringify(taxonomy) : undefined)),
    [course],
  );
  const { session, openFolder, pick, again, setWatching, show, setScene, work } =
    useAuthorSession(fallback);
  const source = session.source;
  return (
    <article className="author">
      <PageHeading title={t('author.heading')} />
      <p>
        <Rich id="author.intro" parts={[<code />, <code />, <code />, <code />, <code />]} />
      </p>
      <FolderControls
        checked={session.shown !== undefined}
        folder={source?.kind === 'folder' ? source.handle.name : undefined}
        watching={session.watching}
        onOpen={() => void openFolder()}
        onPick={(e) => void pick(e)}
        onAgain={() => void again()}
        onWatch={setWatching}
      />
      <p role="status" aria-busy={session.phase === 'reading' || session.phase === 'checking'}>
        {session.status()}
      </p>
      {session.shown && (
        <CheckResult
          shown={session.shown}
          exploring={session.exploring}
          scene={session.scene}
          work={work}
          onShow={show}
          onScene={setScene}
        />
      )}
    </article>
  );
}
