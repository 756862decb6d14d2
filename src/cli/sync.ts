/**
 * `npm run scenario -- sync <scenario-folder> [--dry-run]`: the shell around the sync
 * planner (src/check/sync.ts): reads the two files, writes what the plan added (or only
 * prints it with --dry-run), and says where when a file cannot be read or parsed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { planSync } from '../check';
import { isMistake, parseCommand } from './args';
import type { Io } from './io';

export const SYNC_USAGE = 'Usage: npm run scenario -- sync <scenario-folder> [--dry-run]';

const SYNC = { options: { 'dry-run': { type: 'boolean' } }, allowPositionals: true } as const;

export function runSync(args: readonly string[], io: Io): number {
  const parsed = parseCommand(args, SYNC);
  if (isMistake(parsed) || parsed.positionals.length !== 1) {
    io.err(`${isMistake(parsed) ? parsed.mistake : 'Give one scenario folder.'}\n${SYNC_USAGE}`);
    return 2;
  }
  const dir = resolve(io.cwd, parsed.positionals[0] ?? '.');
  const show = (name: string) => relative(io.cwd, join(dir, name)).split(sep).join('/');
  const texts: Record<string, string> = {};
  for (const name of ['scenario.md', 'machine.json']) {
    try {
      texts[name] = readFileSync(join(dir, name), 'utf8');
    } catch {
      io.err(`Cannot read ${show(name)}; nothing was written.`);
      return 2;
    }
  }
  const plan = planSync(texts['scenario.md'] ?? '', texts['machine.json'] ?? '');
  if (!plan.ok) {
    io.err(
      `${show(plan.file)}:${plan.line}: ${plan.problem}; nothing was written. Fix it, then run sync again.`,
    );
    return 1;
  }
  const dry = parsed.values['dry-run'] === true;
  for (const a of plan.added)
    io.out(`${show(a.file)}:${a.line}: ${dry ? 'would add' : 'added'} ${a.what}`);
  for (const note of plan.notes) io.out(note.replace(/^scenario\.md/, show('scenario.md')));
  if (plan.added.length === 0) {
    io.out('Nothing to add: the two files are in step.');
    return 0;
  }
  if (!dry) {
    if (plan.md !== texts['scenario.md']) writeFileSync(join(dir, 'scenario.md'), plan.md);
    if (plan.json !== texts['machine.json']) writeFileSync(join(dir, 'machine.json'), plan.json);
    io.out(
      `Next: replace the "TODO (sync):" lines and choose the targets, then run "npm run check -- ${relative(io.cwd, dir).split(sep).join('/')}".`,
    );
  }
  return 0;
}
