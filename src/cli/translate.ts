/**
 * `npm run scenario -- translate <scenario-folder> --lang de [--out FILE]` (issue 18):
 * writes `scenario.de.md` for a translator, or brings an existing one up to date with
 * scenario.md (the draft itself is src/check/translation-draft.ts), and says what it did.
 * With `--xliff FILE` it writes the text for a translation tool instead, and with
 * `--from-xliff FILE` it brings the tool's work back (translate-xliff.ts).
 * The scenario must compile: a translation is held to the compiled source.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { compileCourse } from '../compiler';
import { LANGUAGE_TAG } from '../compiler/translation';
import { formatDiagnostic, sourcesOf, translationDraft } from '../check';
import { isMistake, parseCommand } from './args';
import { readFolder, type Io } from './io';
import { exportXliff, importXliff } from './translate-xliff';

export const TRANSLATE_USAGE =
  'Usage: npm run scenario -- translate <scenario-folder> --lang <tag> [--out FILE] [--xliff FILE | --from-xliff FILE]   (tag: de, fr, pt-br …)';

const TRANSLATE = {
  options: {
    lang: { type: 'string' },
    out: { type: 'string' },
    xliff: { type: 'string' },
    'from-xliff': { type: 'string' },
  },
  allowPositionals: true,
  needs: {
    lang: 'a language tag after it, e.g. --lang de',
    out: 'a file after it',
    xliff: 'the XLIFF file to write after it',
    'from-xliff': 'the XLIFF file to read after it',
  },
} as const;

export function runTranslate(args: readonly string[], io: Io): number {
  const parsed = parseCommand(args, TRANSLATE);
  const usage = (text: string) => {
    io.err(`${text}\n${TRANSLATE_USAGE}`);
    return 2;
  };
  if (isMistake(parsed)) return usage(parsed.mistake);
  const [folder, ...more] = parsed.positionals;
  const { lang, out, xliff, 'from-xliff': fromXliff } = parsed.values;
  if (!folder || more.length > 0) return usage('Give one scenario folder.');
  if (xliff !== undefined && fromXliff !== undefined)
    return usage('Give --xliff (write for a tool) or --from-xliff (read from one), not both.');
  if (lang === undefined) return usage('Give the language with --lang, e.g. --lang de.');
  if (!LANGUAGE_TAG.test(lang))
    return usage(`"${lang}" is not a lower-case BCP 47 tag like de, fr or pt-br.`);
  const dir = resolve(io.cwd, folder);
  const show = (path: string) => relative(io.cwd, path).split(sep).join('/');
  if (!existsSync(join(dir, 'scenario.md')) || !existsSync(join(dir, 'machine.json')))
    return usage(`${folder} is not a scenario folder (scenario.md and machine.json).`);
  const input = readFolder(folder, io);
  if (typeof input === 'number') return input;
  const own = input.scenarios[0];
  if (own) delete own.translations;
  const result = compileCourse(input).scenarios[0];
  if (!result?.scenario) {
    const sources = sourcesOf(input);
    for (const d of result?.diagnostics.filter((d) => d.severity === 'error') ?? [])
      io.err(formatDiagnostic(d, sources));
    io.err(
      `${show(join(dir, 'scenario.md'))} does not compile, so nothing was written. Fix it first.`,
    );
    return 1;
  }
  const target = resolve(io.cwd, out ?? join(folder, `scenario.${lang}.md`));
  const existing = existsSync(target)
    ? { path: show(target), text: readFileSync(target, 'utf8') }
    : undefined;
  const shown = { target, scenario: show(target), folder: show(dir) };
  if (xliff !== undefined)
    return exportXliff(result.scenario, existing, lang, resolve(io.cwd, xliff), shown, io);
  if (fromXliff !== undefined)
    return importXliff(result.scenario, existing, lang, resolve(io.cwd, fromXliff), shown, io);
  const draft = translationDraft(result.scenario, existing);
  if ('refused' in draft) {
    io.err(`${show(target)}: nothing was written, because ${draft.refused}`);
    return 1;
  }
  if (draft.text !== existing?.text) writeFileSync(target, draft.text);
  const verb = existing ? (draft.text === existing.text ? 'Left' : 'Updated') : 'Wrote';
  io.out(
    `${verb} ${show(target)}: added ${draft.added} part${draft.added === 1 ? '' : 's'}, ${draft.stale} stale, ${draft.extra} extra${draft.unlocked > 0 ? `, ${draft.unlocked} without a lock` : ''}.`,
  );
  io.out(
    draft.added > 0
      ? `Next: translate the text under each "<!-- source: … -->" line, then run "npm run check -- ${show(dir)}".`
      : `Next: run "npm run check -- ${show(dir)}" to see what is stale or extra.`,
  );
  return 0;
}
