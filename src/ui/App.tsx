// The app shell: a skip link, the header, the learner's notices, and the page for the
// current hash route. Pages take values, not ids of global state, where they can.
import { useEffect } from 'react';
import { NoticeList } from './components/NoticeList';
import { reportMissingScenarios, useCourse } from './course';
import { BriefingPage } from './pages/BriefingPage';
import { EndPage } from './pages/EndPage';
import { LibraryPage } from './pages/LibraryPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlayPage } from './pages/PlayPage';
import { href, useRoute } from './routing';
import { useAppState, useStore } from './store';

export function App() {
  const route = useRoute();
  const course = useCourse();
  const store = useStore();
  const { notices } = useAppState();
  useEffect(() => reportMissingScenarios(course.index, store), [course, store]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href={href({ page: 'library' })}>
          Casebook
        </a>
      </header>
      <NoticeList notices={notices} onDismiss={(id) => store.dismiss(id)} />
      <main id="main" className="page" tabIndex={-1}>
        {route.page === 'library' && <LibraryPage />}
        {route.page === 'briefing' && <BriefingPage id={route.id} />}
        {route.page === 'play' && <PlayPage id={route.id} />}
        {route.page === 'end' && <EndPage id={route.id} runId={route.run} />}
        {route.page === 'not-found' && <NotFoundPage />}
      </main>
    </>
  );
}

/** Hash routing owns the hash: move focus to the content without changing the route. */
function skipToMain(event: React.MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
