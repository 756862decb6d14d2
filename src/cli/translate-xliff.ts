/**
 * `translate … --xliff FILE` and `translate … --from-xliff FILE` (issue 18): a scenario's
 * text for a translation tool as XLIFF 2.0, with the translation's words as targets and a
 * note on each unit made from older English; and the tool's work written back into
 * `scenario.<lang>.md` under the locks of the English it was given, so `check` still tells
 * what went stale in between. Never a word lost: units the scenario does not have, or
 * whose target cannot be written, are named and left out; the rest of the file stays.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { CompiledScenario } from '../contract';
import { importTranslation, translationUnits } from '../check';
import type { Io } from './io';
import { unitsToXliff, xliffTargets } from './xliff';

interface Shown {
  /** The translation file, and its path as the user sees it. */
  target: string;
  scenario: string;
  folder: string;
}

type Existing = { path: string; text: string } | undefined;

export function exportXliff(
  compiled: CompiledScenario,
  existing: Existing,
  lang: string,
  file: string,
  shown: Shown,
  io: Io,
): number {
  const units = translationUnits(compiled, existing);
  writeFileSync(file, unitsToXliff(compiled.id, lang, units));
  const translated = units.filter((u) => u.target !== undefined).length;
  const stale = units.filter((u) => u.stale).length;
  io.out(
    `Wrote ${showPath(file, io)}: ${units.length} units of ${compiled.id} for ${lang}, ${translated} with a translation from ${existing ? shown.scenario : 'no file yet'}${stale > 0 ? `, ${stale} of them made from older English` : ''}.`,
  );
  io.out(
    `Next: translate it in your tool, then run "npm run scenario -- translate ${shown.folder} --lang ${lang} --from-xliff ${showPath(file, io)}".`,
  );
  return 0;
}

export function importXliff(
  compiled: CompiledScenario,
  existing: Existing,
  lang: string,
  file: string,
  shown: Shown,
  io: Io,
): number {
  const name = showPath(file, io);
  if (!existsSync(file)) {
    io.err(`${name} does not exist, so nothing was written.`);
    return 1;
  }
  const read = xliffTargets(readFileSync(file, 'utf8'), compiled.id);
  const refuse = (why: string) => {
    io.err(`${name}: nothing was written to ${shown.scenario}, because ${why}.`);
    return 1;
  };
  if (typeof read === 'string') return refuse(read);
  if (!read.files.includes(compiled.id))
    return refuse(
      `it has no <file id="${compiled.id}"> (it has ${read.files.map((f) => `"${f}"`).join(', ') || 'none'}): it was exported from another scenario`,
    );
  if (read.targetLanguage && !sameLanguage(read.targetLanguage, lang))
    return refuse(`it is a translation into "${read.targetLanguage}", not "${lang}"`);
  const done = importTranslation(compiled, existing, read.targets);
  if ('refused' in done) return refuse(done.refused);
  if (done.text !== existing?.text) writeFileSync(shown.target, done.text);
  const verb = existing ? (done.text === existing.text ? 'Left' : 'Updated') : 'Wrote';
  io.out(
    `${verb} ${shown.scenario}: ${done.imported} unit${done.imported === 1 ? '' : 's'} from ${name}${verb === 'Left' ? ', all as it already was' : ''}.`,
  );
  for (const id of done.unknown)
    io.err(`${name}: unit "${id}" is not in ${compiled.id} (any more), so it was left out.`);
  for (const id of read.marked)
    io.err(
      `${name}: unit "${id}" has markup in its target; write it as plain text, so it was left out.`,
    );
  for (const { id, why } of done.leftOut) io.err(`${name}: unit "${id}" was left out: ${why}.`);
  io.out(`Next: run "npm run check -- ${shown.folder}" to see what is stale or missing.`);
  return done.unknown.length + read.marked.length + done.leftOut.length > 0 ? 1 : 0;
}

/** `de-DE` from a tool is German for `--lang de`; `pt-BR` is `pt-br`. */
function sameLanguage(given: string, lang: string): boolean {
  const tag = given.toLowerCase();
  return tag === lang || (!lang.includes('-') && tag.split('-')[0] === lang);
}

function showPath(file: string, io: Io): string {
  return relative(io.cwd, file).split(sep).join('/');
}
