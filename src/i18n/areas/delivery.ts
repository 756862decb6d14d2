/**
 * The `delivery` area's words: what an LMS package tells the learner about their learning
 * system (SCORM's and cmi5's notices, the cmi5 status and the way back to the course). Only a
 * build for an LMS raises them; the German comes only when a learner reads them in German
 * (src/i18n/areas.ts). Every module that asks for a `delivery.…` id imports this one
 * (tests/i18n/areas-imported.test.ts).
 */
import { registerArea } from '../areas';
import type { AreaCatalog } from '../catalogs/en';
import english from '../catalogs/en/delivery.json';

registerArea('delivery', english, {
  de: () =>
    import('../catalogs/de/delivery.json').then((m) => ({
      default: m.default satisfies AreaCatalog<typeof english>,
    })),
});
