// The app shell: a skip link, the header, the learner's notices, and the page for the
// current hash route. Pages take values, not ids of global state, where they can.
import { Suspense, useEffect } from 'react';
import type { CourseEntry } from '../contract';
import { NoticeList } from './components/NoticeList';
import {
  brokenEntry,
  preloadScenario,
  preloadTaxonomy,
  reportMissingScenarios,
  useCourse,
} from './course';
import { ErrorBoundary } from './errors/ErrorBoundary';
import { PageFailed } from './errors/PageFailed';
import { LibraryPage } from './pages/LibraryPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { lazyPage, retryFailedPages } from './lazy-page';
import { href, useRoute, type Route } from './routing';
import { whenIdle } from './idle';
import { BriefingPage, EndPage, PlayPage, preloadScenarioPages } from './scenario-pages';

// The debrief, comparison, profile, author and insight pages load on demand: the first screen stays light.
const DebriefPage = lazyPage(() => import('./pages/DebriefPage').then((m) => m.DebriefPage));
const ComparePage = lazyPage(() => import('./pages/ComparePage').then((m) => m.ComparePage));
// A package for an LMS, or the one-file course, is for learners: no author mode (whose worker
// a one-file page could not load either); its address shows "not found".
const AuthorPage = __CASEBOOK_DELIVERY__
  ? NotFoundPage
  : lazyPage(() => import('./pages/AuthorPage').then((m) => m.AuthorPage));
// Only a scenario that failed to build opens this page: no learner of a working course pays for it.
const BrokenScenarioPage = lazyPage(() =>
  import('./pages/BrokenScenarioPage').then((m) => m.BrokenScenarioPage),
);
const ProfilePage = lazyPage(() => import('./pages/ProfilePage').then((m) => m.ProfilePage));
// Cohort insight is for L&D leads reading their LRS, not for a package's learners.
const InsightPage = __CASEBOOK_DELIVERY__
  ? NotFoundPage
  : lazyPage(() => import('./pages/InsightPage').then((m) => m.InsightPage));
import { useAppState, useStore } from './store';
import { Rich } from './i18n/Rich';
import { useT } from './i18n/use-t';

export function App() {
  const route = useRoute();
  const course = useCourse();
  const store = useStore();
  const { notices } = useAppState();
  const t = useT();
  useEffect(() => {
    // Runs a deep link did not need for its first render (see `ProgressStore.loadRest`).
    store.loadRest();
    reportMissingScenarios(course.index, store);
  }, [course, store]);
  // A scenario's page and its data load side by side, not one after the other.
  const scenarioId = 'id' in route ? route.id : undefined;
  const readsTaxonomy =
    route.page === 'debrief' || route.page === 'compare' || route.page === 'profile';
  useEffect(() => {
    if (scenarioId !== undefined) preloadScenario(course, scenarioId);
    if (readsTaxonomy) preloadTaxonomy(course);
  }, [course, scenarioId, readsTaxonomy]);
  // The code of the pages a learner opens next comes while they read this one, so that no
  // step of a run waits on a suspended page: a scenario's pages from anywhere, the debrief
  // once a run is under way.
  const runUnderWay = route.page === 'play' || route.page === 'end';
  useEffect(
    () =>
      whenIdle(() => {
        void preloadScenarioPages();
        if (runUnderWay) void DebriefPage.preload();
      }),
    [runUnderWay],
  );
  // Every page of a scenario that does not compile lists its diagnostics instead.
  const broken = 'id' in route ? brokenEntry(course.index, route.id) : undefined;
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skip')}
      </a>
      <header className="site-header">
        <a className="brand" href={href({ page: 'library' })}>
          {t('app.brand')}
        </a>
        <nav aria-label={t('app.nav.label')}>
          <a
            href={href({ page: 'library' })}
            aria-current={route.page === 'library' ? 'page' : undefined}
          >
            {t('app.nav.library')}
          </a>
          <a
            href={href({ page: 'profile' })}
            aria-current={route.page === 'profile' ? 'page' : undefined}
          >
            {t('app.nav.profile')}
          </a>
        </nav>
      </header>
      <NoticeList notices={notices} onDismiss={(id) => store.dismiss(id)} />
      <main id="main" className="page" tabIndex={-1}>
        {/* A page that throws shows what failed here; the header, the notices and saved progress stay. */}
        <ErrorBoundary
          resetKey={href(route)}
          fallback={(error, retry) => <PageFailed error={error} retry={retryAll(retry)} />}
        >
          <Page route={route} broken={broken} />
        </ErrorBoundary>
      </main>
      {!__CASEBOOK_DELIVERY__ && (
        <footer className="site-footer">
          <p>
            <Rich
              id="app.footer.author"
              parts={[
                <a
                  href={href({ page: 'author' })}
                  aria-current={route.page === 'author' ? 'page' : undefined}
                />,
              ]}
            />
          </p>
          <p>
            <Rich
              id="app.footer.insight"
              parts={[
                <a
                  href={href({ page: 'insight' })}
                  aria-current={route.page === 'insight' ? 'page' : undefined}
                />,
              ]}
            />
          </p>
        </footer>
      )}
    </>
  );
}

/** Hash routing owns the hash: move focus to the content without changing the route. */
function skipToMain(event: React.MouseEvent): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The page for the current route (a broken scenario's pages list its diagnostics instead). */
function Page({ route, broken }: { route: Route; broken: CourseEntry | undefined }) {
  const t = useT();
  if (route.page === 'library') return <LibraryPage />;
  // Every page loaded on demand is inside the boundary, the broken scenario's page too: a
  // page that suspends with no boundary above it would reach the error boundary instead.
  return (
    <>
      {/* Shown only while a page's code is fetched (the browser tests watch for it by its marker). */}
      <Suspense
        fallback={
          <p role="status" data-loading="page-code">
            {t('common.loading')}
          </p>
        }
      >
        {broken ? (
          <BrokenScenarioPage entry={broken} />
        ) : (
          <>
            {route.page === 'briefing' && <BriefingPage id={route.id} />}
            {route.page === 'play' && <PlayPage id={route.id} />}
            {route.page === 'end' && <EndPage id={route.id} runId={route.run} />}
            {route.page === 'debrief' && <DebriefPage id={route.id} runId={route.run} />}
            {route.page === 'compare' && <ComparePage id={route.id} a={route.a} b={route.b} />}
            {route.page === 'profile' && <ProfilePage />}
            {route.page === 'author' && <AuthorPage />}
            {route.page === 'insight' && <InsightPage />}
          </>
        )}
      </Suspense>
      {!broken && route.page === 'not-found' && <NotFoundPage />}
    </>
  );
}

/** "Try again" on a page that failed: its code too, if fetching it was what failed. */
function retryAll(retry: () => void): () => void {
  return () => {
    retryFailedPages();
    retry();
  };
}
