// Mounts the app with the course the Vite plugin compiled and the learner's saved progress.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  index,
  loaders,
  loadTaxonomy,
  taxonomyTranslations,
  translations,
} from 'virtual:casebook/course';
import { ASK_FOR_COURSE_ERRORS } from '../contract';
import { App } from './App';
import { CourseContext, preloadScenario, type Course } from './course';
import { AppBoundary } from './errors/AppBoundary';
import { LanguageRoot } from './i18n/LanguageRoot';
import { setLmsLanguage } from './i18n/lms-language';
import { startingLanguage } from './i18n/starting-language';
import { switchLanguage } from './i18n/load-language';
import { href, parseRoute, startScenario } from './routing';
import { preloadScenarioPages } from './scenario-pages';
import { savedLanguage } from '../progress';
import { browserStorage, ProgressStore, StoreContext } from './store';
import './styles.css';

// Dev server only (the build drops it with `import.meta.hot`): ask the Casebook plugin for
// the course's current error, which it answers with Vite's overlay on this page. Vite
// buffers a message sent before the socket connects, and a lost socket reloads the page.
if (import.meta.hot) import.meta.hot.send(ASK_FOR_COURSE_ERRORS);

// No top-level `await` here: every page chunk imports the first screen's chunk, this one
// (vite.config.ts), and a page chunk fetched while this module still awaited would wait
// for it, so a deep link that waits for its pages would never render.
void start();

async function start(): Promise<void> {
  // A package for an LMS (SCORM) loads its runtime first, to connect to the LMS before the
  // store reads the browser's storage, so the LMS's copy of the learner's runs wins. In a
  // build for no LMS the constant is '' and none of this is in the bundle.
  const delivery = __CASEBOOK_DELIVERY__;
  const scorm =
    delivery === 'scorm12' || delivery === 'scorm2004'
      ? { format: delivery, ...(await import('../delivery/scorm')) }
      : undefined;

  // The LMS runtimes tag each decision with its behaviours at once, so a package reads the
  // taxonomy (its own chunk, see src/vite/casebook-plugin.ts) before it starts.
  const taxonomy = scorm ? await loadTaxonomy() : null;

  const root = document.getElementById('root');
  if (root) {
    const storage = browserStorage();
    // SCORM: the LMS's copy of the runs goes into storage before the store reads it.
    const session = scorm?.startScorm({
      format: scorm.format,
      window,
      storage,
      search: window.location.search,
      index: taxonomy ? { ...index, taxonomy } : index,
      loaders,
      rule: __CASEBOOK_SCORE_RULE__,
    });
    // The LMS's learner preference decides the language unless the learner chose one.
    setLmsLanguage(session?.language);
    // A package (for an LMS, or the one-file course) opens on the scenario its SCO or AU names,
    // or its only one; the plain website keeps its library (and carries none of this).
    const start = __CASEBOOK_DELIVERY__
      ? startScenario(
          window.location.search,
          window.location.hash,
          index.scenarios.map((s) => s.folder),
        )
      : undefined;
    // The learner reaches the library from the header's links; only the first page is skipped.
    if (start) history.replaceState(null, '', href({ page: 'briefing', id: start }));
    // A deep link to a briefing or a run shows that scenario's runs only: the store reads
    // the others right after the first render (App calls `loadRest`), not before it.
    const route = parseRoute(window.location.hash);
    const course: Course = {
      index,
      loaders,
      taxonomy: () => loadTaxonomy().then((loaded) => loaded ?? undefined),
      translations,
      taxonomyTranslations,
      authoring: import.meta.env.DEV,
    };
    // A deep link into a scenario: its pages, the engine and its data are fetched now, not
    // after the first render asks.
    const deepLink =
      'id' in route && (route.page === 'briefing' || route.page === 'play' || route.page === 'end');
    if (deepLink) preloadScenario(course, route.id);
    const scenarioPages = deepLink ? preloadScenarioPages() : undefined;
    const focus = route.page === 'briefing' || route.page === 'play' ? route.id : undefined;
    // The learner's language before the store reads their progress, so the notices that
    // reading raises are in that language, and the first page is not English first.
    await switchLanguage(startingLanguage(savedLanguage(storage)));
    const store = new ProgressStore(storage, undefined, focus);
    // Another tab's saves, so this tab's next write loses nothing (see `followOtherTab`).
    window.addEventListener('storage', (event) => {
      if (storage && event.storageArea === storage) store.followOtherTab(event.key, event.newValue);
    });
    void store.askToPersist(navigator.storage);
    void session?.follow(store);
    // A cmi5 package reports to the LMS; only its build carries the runtime (a constant folds this away).
    if (__CASEBOOK_DELIVERY__ === 'cmi5')
      void import('./cmi5-delivery').then((m) =>
        m.startCmi5Delivery(store, __CASEBOOK_SCORE_RULE__),
      );
    // The first render waits for the pages' code, fetched beside the scenario's data while
    // the store read saved progress: a page that suspended first would show its content no
    // sooner than 300 ms later (see lazy-page.tsx).
    await scenarioPages;
    createRoot(root).render(
      <StrictMode>
        <AppBoundary>
          <CourseContext.Provider value={course}>
            <StoreContext.Provider value={store}>
              <LanguageRoot>
                <App />
              </LanguageRoot>
            </StoreContext.Provider>
          </CourseContext.Provider>
        </AppBoundary>
      </StrictMode>,
    );
  }
}
