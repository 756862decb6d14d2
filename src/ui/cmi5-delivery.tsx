// A cmi5 package's start: the session that reports to the LMS's learning record store
// (src/delivery/cmi5), and its notices in a root of their own before the app's. main.tsx
// loads this module only in a build for cmi5, so no other build carries the cmi5 client.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { index, loaders, loadTaxonomy } from 'virtual:casebook/course';
import { DEFAULT_SCORE_RULE, type ScoreRule } from '../delivery';
import { startCmi5 } from '../delivery/cmi5';
import { areasReady } from '../i18n';
import { Cmi5Status } from './Cmi5Status';
import { setLmsLanguage } from './i18n/lms-language';
import type { ProgressStore } from './store';

export async function startCmi5Delivery(
  store: ProgressStore,
  rule: ScoreRule | null,
): Promise<void> {
  // Each answered statement carries the choice's behaviours: read the taxonomy's chunk first.
  const taxonomy = await loadTaxonomy();
  const session = startCmi5({
    search: window.location.search,
    scenarioId: new URLSearchParams(window.location.search).get('scenario'),
    store,
    index: taxonomy ? { ...index, taxonomy } : index,
    loaders,
    rule: rule ?? DEFAULT_SCORE_RULE,
    document,
    window,
    // The LMS's language list decides the app's language unless the learner chose one.
    onLanguage: setLmsLanguage,
  });
  // The status's words in the language shown: a German page never shows them in English first.
  await areasReady();
  const host = document.createElement('div');
  host.className = 'delivery';
  document.getElementById('root')?.before(host);
  createRoot(host).render(
    <StrictMode>
      <Cmi5Status session={session} />
    </StrictMode>,
  );
}
