/**
 * The Vite plugin that compiles the course at dev and build time, with the same
 * compiler as `npm run check`. The app imports `virtual:casebook/course` and gets
 * compiled scenarios and diagnostics as data, so the learner's bundle carries no
 * compiler. Which course: `CASEBOOK_SCENARIOS` (default `scenarios/`).
 */
import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { checkCourse } from '../cli/check-course';
import type { Diagnostic } from '../contract';
import { loadCourse } from '../cli/load';
import { formatDiagnostic } from '../cli/format';
import type { CourseData } from '../contract/course';

const VIRTUAL_ID = 'virtual:casebook/course';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export interface CasebookOptions {
  /** The course folder; default `process.env.CASEBOOK_SCENARIOS` or `scenarios`. */
  scenarios?: string;
}

export function buildCourseData(
  dir: string,
  root: string,
): { data: CourseData; sources: Map<string, string> } {
  const input = loadCourse(dir, root);
  const sources = new Map<string, string>();
  for (const file of [
    input.taxonomy,
    ...input.scenarios.flatMap((s) => [s.scenarioMd, s.machineJson]),
  ]) {
    if (file) sources.set(file.path, file.text);
  }
  const result = checkCourse(input);
  const data: CourseData = {
    diagnostics: result.diagnostics,
    scenarios: result.scenarios.map((s) => ({
      folder: s.folder,
      diagnostics: s.diagnostics,
      ...(s.scenario ? { scenario: s.scenario } : {}),
    })),
    ...(result.taxonomy ? { taxonomy: result.taxonomy } : {}),
  };
  return { data, sources };
}

export function casebook(options: CasebookOptions = {}): Plugin {
  let root = process.cwd();
  let dir = '';
  let server: ViteDevServer | undefined;
  return {
    name: 'casebook',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, options.scenarios ?? process.env.CASEBOOK_SCENARIOS ?? 'scenarios');
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(dir);
      const onChange = (file: string) => {
        if (!file.startsWith(dir + sep)) return;
        const module = devServer.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) devServer.moduleGraph.invalidateModule(module);
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { data, sources } = buildCourseData(dir, root);
      report(allDiagnostics(data), sources, (text) =>
        server ? server.config.logger.warn(text) : this.warn(text),
      );
      return `export default ${JSON.stringify(data)};`;
    },
  };
}

function allDiagnostics(data: CourseData): Diagnostic[] {
  return [...data.diagnostics, ...data.scenarios.flatMap((s) => s.diagnostics)];
}

function report(
  diagnostics: Diagnostic[],
  sources: Map<string, string>,
  warn: (text: string) => void,
): void {
  for (const d of diagnostics) warn(formatDiagnostic(d, sources));
}
