/**
 * The Vite plugin that compiles the course at dev and build time, with the same
 * compiler and analysis as `npm run check`. The app imports `virtual:casebook/course`
 * (the index, and a loader per scenario) and each scenario arrives as its own chunk,
 * `virtual:casebook/scenario/<id>`: the learner's bundle carries no compiler and no
 * Markdown parser, and in a build no Markdown source either (learner-scenario.ts). The
 * behaviour taxonomy, three quarters of the index and read only by the debrief, the
 * profile and the LMS runtimes, is its own chunk too (`virtual:casebook/taxonomy`,
 * through the index module's `loadTaxonomy`). Each translation of a scenario (issue 18) is
 * `virtual:casebook/translation/<id>/<lang>` (the index module's `translations`), each of
 * the taxonomy `virtual:casebook/taxonomy-translation/<lang>` (`taxonomyTranslations`),
 * so a learner downloads only the language they read. Which course: `CASEBOOK_SCENARIOS`
 * (default `scenarios/`).
 *
 * On the dev server a saved file reloads every page, and each page, once loaded, asks
 * for the course's current error (`ASK_FOR_COURSE_ERRORS`, sent by src/ui/main.tsx):
 * the answer, Vite's error overlay, goes to that page alone. A broadcast while the
 * course is rebuilt would race the reloading pages' sockets and miss most of them.
 */
import { resolve, sep } from 'node:path';
import { searchForWorkspaceRoot, type ErrorPayload, type Plugin, type ViteDevServer } from 'vite';
import { ASK_FOR_COURSE_ERRORS, COURSE_ERRORS_ANSWERED, type Diagnostic } from '../contract';
import { formatDiagnostic } from '../check';
import { compileMessagesAtRuntime } from '../i18n/compile-at-runtime';
import { buildCourse, type BuiltCourse } from './course-index';
import { publishAssets } from './assets';
import { forLearners, translationForLearners } from './learner-scenario';

const COURSE_ID = 'virtual:casebook/course';
const SCENARIO_PREFIX = 'virtual:casebook/scenario/';
const TAXONOMY_ID = 'virtual:casebook/taxonomy';
const TRANSLATION_PREFIX = 'virtual:casebook/translation/';
const TAXONOMY_TRANSLATION_PREFIX = 'virtual:casebook/taxonomy-translation/';
const VIRTUAL = [
  COURSE_ID,
  SCENARIO_PREFIX,
  TAXONOMY_ID,
  TRANSLATION_PREFIX,
  TAXONOMY_TRANSLATION_PREFIX,
];

export interface CasebookOptions {
  /** The course folder; default `process.env.CASEBOOK_SCENARIOS` or `scenarios`. */
  scenarios?: string;
  /** Images as `data:` URLs in the scenario's chunk (the one-file course), not files beside it. */
  inlineAssets?: boolean;
}

export function casebook(options: CasebookOptions = {}): Plugin {
  // The check words its messages from the catalogs' ICU text here too, in a production build.
  compileMessagesAtRuntime();
  let root = process.cwd();
  let dir = '';
  let built: BuiltCourse | undefined;
  let server: ViteDevServer | undefined;
  const course = (warn: (text: string) => void): BuiltCourse => {
    if (built) return built;
    built = buildCourse(dir, root);
    for (const d of diagnosticsOf(built)) warn(formatDiagnostic(d, built.sources));
    return built;
  };
  const courseFolder = (base: string) =>
    resolve(base, options.scenarios ?? process.env.CASEBOOK_SCENARIOS ?? 'scenarios');
  return {
    name: 'casebook',
    // The dev server serves a scenario's images from its own folder (`/@fs/…`); a course
    // outside the project (CASEBOOK_SCENARIOS=~/my-course) must be allowed beside the
    // project itself, or every portrait answers 403.
    config(userConfig) {
      const base = resolve(userConfig.root ?? process.cwd());
      return { server: { fs: { allow: [searchForWorkspaceRoot(base), courseFolder(base)] } } };
    },
    configResolved(config) {
      root = config.root;
      dir = courseFolder(root);
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(dir);
      const onChange = (file: string) => {
        if (!file.startsWith(dir + sep)) return;
        built = undefined;
        for (const module of devServer.moduleGraph.getModulesByFile(file) ?? [])
          devServer.moduleGraph.invalidateModule(module);
        for (const id of devServer.moduleGraph.idToModuleMap.keys()) {
          if (VIRTUAL.some((prefix) => id.startsWith(`\0${prefix}`))) {
            const module = devServer.moduleGraph.getModuleById(id);
            if (module) devServer.moduleGraph.invalidateModule(module);
          }
        }
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
      devServer.ws.on(ASK_FOR_COURSE_ERRORS, (_data, client) => {
        const current = course((text) => devServer.config.logger.warn(text));
        const errors = diagnosticsOf(current).filter((d) => d.severity === 'error');
        if (errors[0]) client.send(overlayError(errors[0], root, current.sources, errors.length));
        client.send(COURSE_ERRORS_ANSWERED, { errors: errors.length });
      });
    },
    resolveId(id) {
      const prefixed = [SCENARIO_PREFIX, TRANSLATION_PREFIX, TAXONOMY_TRANSLATION_PREFIX];
      return id === COURSE_ID || id === TAXONOMY_ID || prefixed.some((p) => id.startsWith(p))
        ? `\0${id}`
        : undefined;
    },
    load(id) {
      const warn = (text: string) => (server ? server.config.logger.warn(text) : this.warn(text));
      if (id === `\0${COURSE_ID}`) return courseModule(course(warn));
      if (id.startsWith(`\0${TRANSLATION_PREFIX}`)) {
        const [sid, lang] = id.slice(TRANSLATION_PREFIX.length + 1).split('/');
        const found = course(warn)
          .translations.get(sid ?? '')
          ?.find((t) => t.lang === lang);
        const shipped = found && !server ? translationForLearners(found) : found;
        return `export default ${JSON.stringify(shipped ?? null)};`;
      }
      if (id.startsWith(`\0${TAXONOMY_TRANSLATION_PREFIX}`)) {
        const lang = id.slice(TAXONOMY_TRANSLATION_PREFIX.length + 1);
        const found = course(warn).taxonomyTranslations.find((t) => t.lang === lang);
        return `export default ${JSON.stringify(found ?? null)};`;
      }
      if (id === `\0${TAXONOMY_ID}`) {
        return `export default ${JSON.stringify(course(warn).index.taxonomy ?? null)};`;
      }
      if (id.startsWith(`\0${SCENARIO_PREFIX}`)) {
        const built = course(warn);
        const sid = id.slice(SCENARIO_PREFIX.length + 1);
        const scenario = built.scenarios.get(sid);
        const emit = server
          ? undefined
          : options.inlineAssets
            ? ('inline' as const)
            : (fileName: string, source: Uint8Array) =>
                void this.emitFile({ type: 'asset', fileName, source });
        // The dev server serves the whole scenario; a build ships the learner's copy.
        const shipped = scenario && !server ? forLearners(scenario) : scenario;
        const published = shipped
          ? publishAssets(shipped, built.folders.get(sid) ?? dir, emit)
          : null;
        return `export default ${JSON.stringify(published)};`;
      }
      return undefined;
    },
  };
}

/** The index module: the index without its taxonomy, and a loader per scenario, translation and taxonomy translation. */
function courseModule({ index, scenarios, translations, taxonomyTranslations }: BuiltCourse) {
  const importOf = (module: string) => `() => import(${JSON.stringify(module)})`;
  const loaders = [...scenarios.keys()].map(
    (sid) => `  ${JSON.stringify(sid)}: ${importOf(SCENARIO_PREFIX + sid)},`,
  );
  const byScenario = [...translations].map(([sid, list]) => {
    const langs = list.map(
      (t) => `${JSON.stringify(t.lang)}: ${importOf(`${TRANSLATION_PREFIX}${sid}/${t.lang}`)}`,
    );
    return `  ${JSON.stringify(sid)}: { ${langs.join(', ')} },`;
  });
  const taxonomyLoaders = taxonomyTranslations.map(
    (t) =>
      `  ${JSON.stringify(t.lang)}: () => import(${JSON.stringify(TAXONOMY_TRANSLATION_PREFIX + t.lang)}).then((m) => m.default),`,
  );
  const withoutTaxonomy = { ...index };
  delete withoutTaxonomy.taxonomy;
  return [
    `export const index = ${JSON.stringify(withoutTaxonomy)};`,
    `export const loaders = {\n${loaders.join('\n')}\n};`,
    `export const loadTaxonomy = () => import(${JSON.stringify(TAXONOMY_ID)}).then((m) => m.default);`,
    `export const translations = {\n${byScenario.join('\n')}\n};`,
    `export const taxonomyTranslations = {\n${taxonomyLoaders.join('\n')}\n};`,
    '',
  ].join('\n');
}

function diagnosticsOf({ index }: BuiltCourse): Diagnostic[] {
  return [...index.diagnostics, ...index.scenarios.flatMap((s) => s.diagnostics)];
}

/**
 * A diagnostic as Vite's error overlay shows it: the message with its code, the file,
 * line and column, and the source line underlined; when the course has more errors,
 * where to read them all. The page stays usable behind it: only the broken scenario
 * cannot be played, and its pages list every diagnostic.
 */
function overlayError(
  d: Diagnostic,
  root: string,
  sources: ReadonlyMap<string, string>,
  errors = 1,
): ErrorPayload {
  const lines = formatDiagnostic(d, sources).split('\n');
  const more =
    errors > 1
      ? `\n\nThe course has ${errors - 1} more error${errors === 2 ? '' : 's'}: the terminal lists them all, and so does the library (and each broken scenario's page).`
      : '';
  return {
    type: 'error',
    err: {
      message: `${d.message} [${d.code}]${more}`,
      stack: '',
      id: resolve(root, d.file),
      frame: lines.slice(1).join('\n'),
      plugin: 'casebook',
      loc: { file: resolve(root, d.file), line: d.range.start.line, column: d.range.start.col },
    },
  };
}
