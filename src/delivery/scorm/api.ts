/**
 * Finding the LMS's SCORM API and speaking to it the same way for both versions. The
 * standard discovery: look for `API` (1.2) or `API_1484_11` (2004) on this window, then up
 * its parents (at most 500 levels), then on the window that opened this one and its
 * parents. A frame of another origin is passed over (reading it throws), never fatal.
 */
import type { ScormFormat } from './cmi';

/** The LMS's API object as SCORM 1.2 names its functions. */
interface Api12 {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

/** The same, as SCORM 2004 names them. */
interface Api2004 {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
}

/** One LMS API, whichever version: each call answers true/false or a string, and never throws. */
export interface Lms {
  format: ScormFormat;
  initialize(): boolean;
  terminate(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** The last call's error: `0` when it succeeded. */
  lastError(): { code: string; text: string };
}

/** A window, or any frame's: discovery reads its `API`, `parent` and `opener` only. */
export type WindowLike = object;

const field = (win: WindowLike, name: string): unknown => (win as Record<string, unknown>)[name];
const asWindow = (value: unknown): WindowLike | undefined =>
  typeof value === 'object' && value !== null ? value : undefined;

const NAMES = { scorm12: 'API', scorm2004: 'API_1484_11' } as const;
const MAX_LEVELS = 500;

function own(win: WindowLike, name: string): object | undefined {
  try {
    return asWindow(field(win, name));
  } catch {
    return undefined;
  }
}

function parentOf(win: WindowLike): WindowLike | undefined {
  try {
    const parent = asWindow(field(win, 'parent'));
    return parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

function openerOf(win: WindowLike): WindowLike | undefined {
  try {
    return asWindow(field(win, 'opener'));
  } catch {
    return undefined;
  }
}

function scan(start: WindowLike, name: string): object | undefined {
  let win: WindowLike | undefined = start;
  for (let level = 0; win && level <= MAX_LEVELS; level++) {
    const api = own(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return undefined;
}

export function findApi(win: WindowLike, format: ScormFormat): Lms | undefined {
  const name = NAMES[format];
  const opener = openerOf(win);
  const api = scan(win, name) ?? (opener ? scan(opener, name) : undefined);
  if (!api) return undefined;
  return format === 'scorm12' ? wrap12(api as Api12) : wrap2004(api as Api2004);
}

/** SCORM answers `"true"`/`"false"` as strings; a library may answer booleans. */
const ok = (answer: unknown) => answer === true || answer === 'true';
const text = (answer: unknown) => (answer === undefined || answer === null ? '' : String(answer));

/** Call the LMS; an API that throws is an API that said no (error code 101, general exception). */
function attempt<T>(call: () => T, failed: T): T {
  try {
    return call();
  } catch {
    return failed;
  }
}

function errorOf(code: () => unknown, words: (c: string) => unknown) {
  return attempt(
    () => {
      const c = text(code()) || '0';
      return { code: c, text: c === '0' ? '' : text(words(c)) };
    },
    { code: '101', text: 'the LMS threw an exception' },
  );
}

function wrap12(api: Api12): Lms {
  return {
    format: 'scorm12',
    initialize: () => attempt(() => ok(api.LMSInitialize('')), false),
    terminate: () => attempt(() => ok(api.LMSFinish('')), false),
    get: (element) => attempt(() => text(api.LMSGetValue(element)), ''),
    set: (element, value) => attempt(() => ok(api.LMSSetValue(element, value)), false),
    commit: () => attempt(() => ok(api.LMSCommit('')), false),
    lastError: () =>
      errorOf(
        () => api.LMSGetLastError(),
        (c) => api.LMSGetErrorString(c),
      ),
  };
}

function wrap2004(api: Api2004): Lms {
  return {
    format: 'scorm2004',
    initialize: () => attempt(() => ok(api.Initialize('')), false),
    terminate: () => attempt(() => ok(api.Terminate('')), false),
    get: (element) => attempt(() => text(api.GetValue(element)), ''),
    set: (element, value) => attempt(() => ok(api.SetValue(element, value)), false),
    commit: () => attempt(() => ok(api.Commit('')), false),
    lastError: () =>
      errorOf(
        () => api.GetLastError(),
        (c) => api.GetErrorString(c),
      ),
  };
}
