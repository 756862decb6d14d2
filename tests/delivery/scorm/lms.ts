/**
 * The test LMS for the SCORM unit tests: scorm-again's real API objects (the runtime many
 * LMSs embed), on a stand-in for the SCO's window that holds the API as a frame's parent
 * would and records its `pagehide` listeners so a test can leave the page. The bundled
 * course is built as the app ships it (index and compiled scenarios).
 */
import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ScormFormat } from '../../../src/delivery/scorm/cmi';
import { buildCourse, type BuiltCourse } from '../../../src/vite/course-index';
import { ROOT } from '../../support/paths';

export type AnyApi = Scorm12API | Scorm2004API;

export function newApi(format: ScormFormat, saved?: object): AnyApi {
  const settings = { autocommit: false, logLevel: 5 as const };
  const api = format === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  if (saved) api.loadFromJSON(saved as Record<string, unknown>, '');
  return api;
}

export interface FakeWindow {
  parent?: FakeWindow;
  opener?: FakeWindow;
  API?: unknown;
  API_1484_11?: unknown;
  addEventListener(type: string, listener: () => void): void;
  leave(): void;
}

export function frameOf(parent: object): FakeWindow {
  const listeners: (() => void)[] = [];
  return {
    parent: parent as FakeWindow,
    addEventListener: (type, listener) => {
      if (type === 'pagehide') listeners.push(listener);
    },
    leave: () => listeners.forEach((l) => l()),
  };
}

export function lmsParent(format: ScormFormat, api: unknown): object {
  return format === 'scorm12' ? { API: api } : { API_1484_11: api };
}

/** The LMS's data model as JSON (what it stores for the learner, and loads on the next launch). */
export const cmiOf = (api: AnyApi) =>
  JSON.parse(JSON.stringify(api.cmi)) as Record<string, unknown> & {
    interactions: Record<string, Record<string, unknown>>;
  };

let built: BuiltCourse | undefined;
export function course(): BuiltCourse {
  built ??= buildCourse('scenarios', ROOT);
  return built;
}

export function loadersOf(c: BuiltCourse) {
  return Object.fromEntries(
    [...c.scenarios].map(([id, s]) => [id, () => Promise.resolve({ default: s })]),
  );
}
