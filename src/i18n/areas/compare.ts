/**
 * The `compare` area's words: its English catalog comes in the chunk of the code that imports
 * this module, its German only when a learner reads it in German (src/i18n/areas.ts).
 * Every module that asks for a `compare.…` id imports this one (tests/i18n/areas-imported.test.ts).
 */
import { registerArea } from '../areas';
import type { AreaCatalog } from '../catalogs/en';
import english from '../catalogs/en/compare.json';

registerArea('compare', english, {
  de: () =>
    import('../catalogs/de/compare.json').then((m) => ({
      default: m.default satisfies AreaCatalog<typeof english>,
    })),
});
