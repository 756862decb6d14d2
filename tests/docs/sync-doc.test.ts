/**
 * docs/format.md's worked example of `sync` and `schema` is real: its commands are run
 * exactly as written, in order, in a scratch course (in-process: `npm run scenario -- …`
 * is runScenario, `npm run check -- …` is runCheck, with the project's `scenarios/`
 * being the scratch course); the author's edits it shows are made (the markdown section
 * inserted where the page says, the JSON it shows replaced by the JSON it shows next);
 * and each `text` block is exactly what the commands before it printed.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check';
import type { Io } from '../../src/cli/io';
import { runScenario } from '../../src/cli/scenario';
import { docCommands } from './doc-commands';
import { rootPath } from '../support/paths';

const doc = readFileSync(rootPath('docs/format.md'), 'utf8');
const start = doc.indexOf('## Keeping the two files in step: `sync` and `schema`');
const section = doc.slice(start, doc.indexOf('\n## ', start + 1));
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({
  lang: m[1] ?? '',
  text: m[2] ?? '',
}));

interface GuardBranch {
  if: { properties: { type: { const: string } } };
  then: { properties: { params: { properties: { name: { examples?: string[] } } } } };
}

/** Runs one documented command in-process; anything but the two author commands is refused. */
function run(command: string, project: string, io: Io): number {
  const [, tool, rest] = /^npm run (scenario|check) -- (.+)$/.exec(command) ?? [];
  if (!tool || !rest) throw new Error(`Not a command this example should show: ${command}`);
  const args = rest.split(' ');
  return tool === 'check' ? runCheck(args, io) : runScenario(args, io, join(project, 'scenarios'));
}

describe('docs/format.md, Keeping the two files in step', () => {
  it('shows commands and edits whose output is what the page says', () => {
    expect(start).toBeGreaterThan(-1);
    const project = mkdtempSync(join(tmpdir(), 'casebook-sync-doc-'));
    mkdirSync(join(project, 'scenarios'));
    cpSync(rootPath('scenarios/behaviours.json'), join(project, 'scenarios', 'behaviours.json'));
    const scenario = join(project, 'scenarios', 'first-delegation');
    const machine = join(scenario, 'machine.json');
    let printed: string[] = [];
    let lastJson: string | undefined;
    const counts = { sh: 0, text: 0, markdown: 0, json: 0 };
    for (const block of blocks) {
      counts[block.lang as keyof typeof counts]++;
      if (block.lang === 'sh') {
        for (const command of docCommands(`\`\`\`sh\n${block.text}\`\`\`\n`).commands) {
          const io: Io = { cwd: project, out: (t) => printed.push(t), err: (t) => printed.push(t) };
          run(command, project, io);
        }
      } else if (block.lang === 'text') {
        expect(printed.join('\n')).toBe(block.text.trimEnd());
        printed = [];
      } else if (block.lang === 'markdown') {
        const md = join(scenario, 'scenario.md');
        const text = readFileSync(md, 'utf8');
        expect(text).toContain('\n## hear-them-out');
        writeFileSync(md, text.replace('\n## hear-them-out', `\n${block.text}\n## hear-them-out`));
      } else if (block.lang === 'json') {
        const text = readFileSync(machine, 'utf8');
        if (lastJson === undefined) {
          // What sync wrote, as the page shows it.
          expect(text).toContain(block.text.trimEnd());
          lastJson = block.text.trimEnd();
        } else {
          // The author's edit: the JSON shown before becomes the JSON shown now.
          writeFileSync(machine, text.replace(lastJson, block.text.trimEnd()));
          lastJson = undefined;
        }
      }
    }
    expect(printed, 'every command’s output is shown').toEqual([]);
    expect(counts).toEqual({ sh: 5, text: 5, markdown: 1, json: 2 });

    // The names the page says a metric guard and a flag guard suggest.
    const schema = JSON.parse(
      readFileSync(join(project, 'scenarios', '.casebook', 'machine.schema.json'), 'utf8'),
    ) as { definitions: { guard: { allOf: GuardBranch[] } } };
    const suggested = (type: string) =>
      schema.definitions.guard.allOf.find((b) => b.if.properties.type.const === type)?.then
        .properties.params.properties.name.examples;
    const prose = section.replace(/\s+/g, ' ');
    expect(prose).toContain(
      `the metrics for a \`metric\` guard (${suggested('metric')
        ?.map((n) => `\`${n}\``)
        .join(', ')})`,
    );
    expect(prose).toContain(
      `the flags for a \`flag\` guard (${suggested('flag')
        ?.map((n) => `\`${n}\``)
        .join(', ')})`,
    );
  });
});
