/**
 * The `diagnostics` area's words: every message of the check (the compiler's, the analysis's
 * and the quality gate's), by id, so author mode words them in the author's language and the
 * CLI in English. Its English catalog comes in the chunk of the code that imports this module
 * (the compiler's, never a learner's first screen), its German only when an author reads the
 * check in German (src/i18n/areas.ts). Diagnostics are made through src/i18n/diagnostic-words.ts,
 * which imports this module.
 */
import { registerArea } from '../areas';
import type { AreaCatalog } from '../catalogs/en';
import english from '../catalogs/en/diagnostics.json';

registerArea('diagnostics', english, {
  de: () =>
    import('../catalogs/de/diagnostics.json').then((m) => ({
      default: m.default satisfies AreaCatalog<typeof english>,
    })),
});
