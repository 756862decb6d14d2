/**
 * The `profile` area's words: its English catalog comes in the chunk of the code that imports
 * this module, its German only when a learner reads it in German (src/i18n/areas.ts).
 * Every module that asks for a `profile.…` id imports this one (tests/i18n/areas-imported.test.ts).
 */
import { registerArea } from '../areas';
import type { AreaCatalog } from '../catalogs/en';
import english from '../catalogs/en/profile.json';

registerArea('profile', english, {
  de: () =>
    import('../catalogs/de/profile.json').then((m) => ({
      default: m.default satisfies AreaCatalog<typeof english>,
    })),
});
