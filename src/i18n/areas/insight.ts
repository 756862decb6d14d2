/**
 * The `insight` area's words: the cohort insight page an L&D lead opens (`#/insight`), its
 * form, tables and charts. Its English comes in that page's chunk, its German only when the
 * page is read in German (src/i18n/areas.ts). Every module that asks for an `insight.…` id
 * imports this one (tests/i18n/areas-imported.test.ts).
 */
import { registerArea } from '../areas';
import type { AreaCatalog } from '../catalogs/en';
import english from '../catalogs/en/insight.json';

registerArea('insight', english, {
  de: () =>
    import('../catalogs/de/insight.json').then((m) => ({
      default: m.default satisfies AreaCatalog<typeof english>,
    })),
});
