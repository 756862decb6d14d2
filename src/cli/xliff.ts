/**
 * Issue 18: translation units as XLIFF 2.0, the exchange format translation tools read, and
 * back, through the `xliff` library (xml-js underneath: no entity expansion, so a hostile
 * file cannot grow). One `<file>` per scenario, named by its id; one `<unit>` per piece of
 * text; each unit's note records the lock of the source text it was exported with.
 */
import createjs from 'xliff/createjs';
import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import type { TranslationUnit, UnitTarget } from '../check';

const NOT_XLIFF_2 =
  'it is not XLIFF 2.0 (no <xliff version="2.0"> with <file> elements): export XLIFF 2.0 from your tool';
const LOCK_NOTE = /^source: ([0-9a-f]{8})\b/;
const STALE_NOTE = 'The English changed since this was translated: check the target against it.';

/** The library calls back at once (xml-js is synchronous): its callback form, as a value. */
function now<T>(run: (done: (error: unknown, value: T) => void) => void): T {
  let out: { value: T } | { error: unknown } | undefined;
  run((error, value) => {
    out = error ? { error } : { value };
  });
  if (!out) throw new Error('the xliff library did not answer at once');
  if ('error' in out) throw out.error;
  return out.value;
}

/** The XLIFF 2.0 document for one scenario's units. */
export function unitsToXliff(scenarioId: string, lang: string, units: TranslationUnit[]): string {
  const sources = Object.fromEntries(units.map((u) => [u.id, u.source]));
  const targets = Object.fromEntries(
    units.flatMap((u) => (u.target === undefined ? [] : [[u.id, u.target]])),
  );
  const notes = Object.fromEntries(
    units.map((u) => [u.id, `source: ${u.lock}${u.stale ? `. ${STALE_NOTE}` : ''}`]),
  );
  const js = now<object>((done) => createjs('en', lang, sources, targets, scenarioId, done, notes));
  return `${now<string>((done) => js2xliff(js, done))}\n`;
}

export interface ReadXliff {
  targetLanguage?: string;
  /** The `<file>` ids: a scenario's id each. */
  files: string[];
  targets: Map<string, UnitTarget>;
  /** Units whose target is not plain text (inline markup a tool added). */
  marked: string[];
}

/** The targets of the `<file>` named `scenarioId`; a sentence saying why when the text is not XLIFF 2. */
export function xliffTargets(text: string, scenarioId: string): ReadXliff | string {
  let js: XliffJs;
  try {
    js = now<XliffJs>((done) => xliff2js(text, done));
  } catch (error) {
    // The parser's own errors say where the XML breaks; anything else means no <xliff> root.
    if (error instanceof Error && !(error instanceof TypeError)) return notXml(error.message);
    return NOT_XLIFF_2;
  }
  if (!js.resources) return NOT_XLIFF_2;
  const read: ReadXliff = { files: Object.keys(js.resources), targets: new Map(), marked: [] };
  if (js.targetLanguage) read.targetLanguage = js.targetLanguage;
  for (const [id, unit] of Object.entries(js.resources[scenarioId] ?? {})) {
    if (unit?.target === undefined || unit.target === '') continue;
    if (typeof unit.target !== 'string') {
      read.marked.push(id);
      continue;
    }
    const lock = LOCK_NOTE.exec(typeof unit.note === 'string' ? unit.note : '')?.[1];
    read.targets.set(id, { target: unit.target, ...(lock ? { lock } : {}) });
  }
  return read;
}

/** sax's "Invalid character entity\nLine: 0\nColumn: 10\nChar: ;" as the reader counts lines (from 1). */
function notXml(message: string): string {
  const [what = 'unreadable'] = message.split('\n');
  const at = /Line: (\d+)\s+Column: (\d+)/.exec(message);
  const where = at ? ` at line ${Number(at[1]) + 1}, column ${at[2]}` : '';
  return `it is not well-formed XML${where}: ${what.toLowerCase()}`;
}

interface XliffJs {
  targetLanguage?: string;
  resources?: Record<string, Record<string, { target?: unknown; note?: unknown } | undefined>>;
}
