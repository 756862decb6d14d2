/**
 * The `reading` area's words: every sentence the debrief writes (readings, evidence,
 * reasons, focus, suggestions, problems, reflection prompts). Its English catalog comes in
 * the chunk of the code that imports this module, its German only when a learner reads it
 * in German (src/i18n/areas.ts). Every module that asks for a `reading.…` id imports this one
 * (tests/i18n/areas-imported.test.ts).
 */
import { registerArea } from '../areas';
import type { AreaCatalog } from '../catalogs/en';
import english from '../catalogs/en/reading.json';

registerArea('reading', english, {
  de: () =>
    import('../catalogs/de/reading.json').then((m) => ({
      default: m.default satisfies AreaCatalog<typeof english>,
    })),
});
