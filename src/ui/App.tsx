// The app shell: a skip link, the header, the learner's notices, and the page for the
// current hash route. Pages take values, not ids of global state, where they can.
import { lazy, Suspense, useEffect } from 'react';
import { NoticeList } from './components/NoticeList';
import { brokenEntry, reportMissingScenarios, useCourse } from './course';
import { BriefingPage } from './pages/BriefingPage';
import { BrokenScenarioPage } from './pages/BrokenScenarioPage';
import { EndPage } from './pages/EndPage';
import { LibraryPage } from './pages/LibraryPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlayPage } from './pages/PlayPage';
import { href, useRoute } from './routing';

// The debrief, comparison and profile pages load on demand: the first screen stays light.
const DebriefPage = lazy(() =>
  import('./pages/DebriefPage').then((m) => ({ default: m.DebriefPage })),
);
const ComparePage = lazy(() =>
  import('./pages/ComparePage').then((m) => ({ default: m.ComparePage })),
);
const AuthorPage = lazy(() =>
  import('./pages/AuthorPage').then((m) => ({ default: m.AuthorPage })),
);
const ProfilePage = lazy(() =>
  import('./pages/ProfilePage').then((m) => ({ default: m.ProfilePage })),
);
import { useAppState, useStore } from './store';

export function App() {
  const route = useRoute();
  const course = useCourse();
  const store = useStore();
  const { notices } = useAppState();
  useEffect(() => reportMissingScenarios(course.index, store), [course, store]);
  // Every page of a scenario that does not compile lists its diagnostics instead.
  const broken = 'id' in route ? brokenEntry(course.index, route.id) : undefined;
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href={href({ page: 'library' })}>
          Casebook
        </a>
        <nav aria-label="Main">
          <a
            href={href({ page: 'library' })}
            aria-current={route.page === 'library' ? 'page' : undefined}
          >
            Library
          </a>
          <a
            href={href({ page: 'profile' })}
            aria-current={route.page === 'profile' ? 'page' : undefined}
          >
            Your profile
          </a>
        </nav>
      </header>
      <NoticeList notices={notices} onDismiss={(id) => store.dismiss(id)} />
      <main id="main" className="page" tabIndex={-1}>
        {route.page === 'library' && <LibraryPage />}
        {broken ? (
          <BrokenScenarioPage entry={broken} />
        ) : (
          <>
            {route.page === 'briefing' && <BriefingPage id={route.id} />}
            {route.page === 'play' && <PlayPage id={route.id} />}
            {route.page === 'end' && <EndPage id={route.id} runId={route.run} />}
            <Suspense fallback={<p role="status">Loading…</p>}>
              {route.page === 'debrief' && <DebriefPage id={route.id} runId={route.run} />}
              {route.page === 'compare' && <ComparePage id={route.id} a={route.a} b={route.b} />}
            </Suspense>
          </>
        )}
        <Suspense fallback={<p role="status">Loading…</p>}>
          {route.page === 'profile' && <ProfilePage />}
          {route.page === 'author' && <AuthorPage />}
        </Suspense>
        {route.page === 'not-found' && <NotFoundPage />}
      </main>
      <footer className="site-footer">
        <p>
          Writing scenarios?{' '}
          <a
            href={href({ page: 'author' })}
            aria-current={route.page === 'author' ? 'page' : undefined}
          >
            Author mode
          </a>{' '}
          checks your files and maps them in this browser.
        </p>
      </footer>
    </>
  );
}

/** Hash routing owns the hash: move focus to the content without changing the route. */
function skipToMain(event: React.MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
