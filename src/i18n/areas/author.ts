/**
 * The `author` area's words (author mode's pages): its English catalog comes in the chunk of
 * the code that imports this module, its German only when an author reads it in German
 * (src/i18n/areas.ts). Every module that asks for an `author.…` id imports this one
 * (tests/i18n/areas-imported.test.ts). The check's diagnostics stay English (lang="en").
 */
import { registerArea } from '../areas';
import type { AreaCatalog } from '../catalogs/en';
import english from '../catalogs/en/author.json';

registerArea('author', english, {
  de: () =>
    import('../catalogs/de/author.json').then((m) => ({
      default: m.default satisfies AreaCatalog<typeof english>,
    })),
});
