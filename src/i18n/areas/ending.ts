/**
 * The `ending` area's words: its English catalog comes in the chunk of the code that imports
 * this module, its German only when a learner reads it in German (src/i18n/areas.ts).
 * Every module that asks for a `ending.…` id imports this one (tests/i18n/areas-imported.test.ts).
 */
import { registerArea } from '../areas';
import type { AreaCatalog } from '../catalogs/en';
import english from '../catalogs/en/ending.json';

registerArea('ending', english, {
  de: () =>
    import('../catalogs/de/ending.json').then((m) => ({
      default: m.default satisfies AreaCatalog<typeof english>,
    })),
});
