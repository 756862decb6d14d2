/**
 * Hostile Markdown (issue 12) is refused at its line, quickly, and never as "every section
 * is missing": the pre-scan (markdown-limits.ts) keeps over-deep and over-long blocks from
 * marked, and marked's own work and depth are metered (markdown-budget.ts). No test here
 * reads a clock: the inputs are as large as the issue's, and passing within vitest's
 * default timeout is the proof that they no longer take minutes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from 'marked';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateScenario } from '../../bench/generate';
import { compileScenario } from '../../src/compiler';
import {
  lexMetered,
  MarkdownRefused,
  meteredMarked,
  spentBy,
  workBudget,
} from '../../src/compiler/markdown-budget';
import { MAX_BLOCK_CHARS, MAX_NESTING, scanBody } from '../../src/compiler/markdown-limits';
import type { Behaviour } from '../../src/contract';
import { HOSTILE_FIRST_LINE, HOSTILE_MARKDOWN, hostileScenario } from '../support/hostile-markdown';
import { ROOT } from '../support/paths';

const marked = meteredMarked();
const lex = (s: string) => marked.lexer(s);

describe('hostile Markdown is refused at its line', () => {
  it.each(HOSTILE_MARKDOWN)('$name: one located diagnostic, no missing sections', (hostile) => {
    const { diagnostics, scenario } = compileScenario(hostileScenario(hostile.prose()));
    expect(scenario).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.file, d.range.start.line])).toEqual([
      [
        hostile.name.includes('nested') ? 'CB414' : 'CB415',
        'hostile/scenario.md',
        HOSTILE_FIRST_LINE + hostile.line - 1,
      ],
    ]);
  });

  it('refuses only the bad block: the sections and choices around it are still read', () => {
    const prose = `Before.\n\n${'> '.repeat(MAX_NESTING + 1)}deep\n\nAfter, with <b>HTML</b>.`;
    const { diagnostics } = compileScenario(hostileScenario(prose));
    expect(diagnostics.map((d) => d.code)).toEqual(['CB414', 'CB411', 'CB411']);
  });

  it('takes emphasis that never pairs up as a located refusal, not half a minute', () => {
    // 20,000 characters of openers with one closer at the end: 31 s in marked before.
    const prose = `${' *a'.repeat(6_600)} a*`;
    const { diagnostics } = compileScenario(hostileScenario(prose));
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['CB416', HOSTILE_FIRST_LINE],
    ]);
  });

  it('reports an exception from marked as this block being unreadable, at its line', () => {
    const paragraph = Tokenizer.prototype.paragraph;
    vi.spyOn(Tokenizer.prototype, 'paragraph').mockImplementation(function (this: Tokenizer, src) {
      if (src.startsWith('Boom')) throw new RangeError('Maximum call stack size exceeded');
      return paragraph.call(this, src);
    });
    const { diagnostics } = compileScenario(hostileScenario('Boom.\n\nAfter, with <b>HTML</b>.'));
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([
      ['CB416', HOSTILE_FIRST_LINE],
      ['CB411', HOSTILE_FIRST_LINE + 2],
      ['CB411', HOSTILE_FIRST_LINE + 2],
    ]);
    expect(diagnostics[0]?.message).toContain('RangeError: Maximum call stack size exceeded');
  });
  afterEach(() => vi.restoreAllMocks());
});

describe('the pre-scan', () => {
  it('counts quotes and list items, on one line and by indentation', () => {
    expect(scanBody(`${'> '.repeat(16)}a`, 0).refusals).toEqual([]);
    const nested = (n: number) =>
      Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- ${i}`).join('\n');
    expect(scanBody(nested(MAX_NESTING), 0).deepest).toBe(MAX_NESTING);
    // Past the limit it keeps only enough containers to know the limit is passed.
    expect(scanBody(nested(2_000), 0).deepest).toBeGreaterThan(MAX_NESTING);
    expect(scanBody('> - > 1. a', 0).deepest).toBe(4);
    // A tight list of siblings, a thematic break and a fenced block do not nest.
    expect(scanBody(`${'- item\n'.repeat(100)}\n- - -\n\n\`\`\`\n- a\n\`\`\`\n`, 0).deepest).toBe(
      1,
    );
  });

  it('merges refused neighbours into one place, and keeps headings out of refused blocks', () => {
    const deep = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- ${i}`).join('\n\n');
    const text = `${deep}\n## next\n${'x'.repeat(MAX_BLOCK_CHARS + 1)}\n`;
    const { refusals, chunks } = scanBody(text, 0);
    expect(refusals.map((r) => r.kind)).toEqual(['nesting', 'length']);
    expect(text.slice(refusals[1]?.start, refusals[1]?.end)).not.toContain('## next');
    // The blocks cover the body, in order.
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
  });

  it('is linear: the same work per line whatever came before (4× the input, 4× the blocks)', () => {
    const text = (n: number) => '> - a *b* c\n\n'.repeat(n);
    expect(scanBody(text(4_000), 0).chunks).toHaveLength(
      4 * scanBody(text(1_000), 0).chunks.length,
    );
  });
});

describe("marked's budget", () => {
  it('stops nesting even when the pre-scan is bypassed', () => {
    expect(() => lexMetered('>'.repeat(10_000), lex)).toThrow(MarkdownRefused);
    expect(() => lexMetered(`${'*a '.repeat(50)}${'a* '.repeat(50)}`, lex)).toThrow(
      MarkdownRefused,
    );
  });

  it('spends work in proportion to the input: n and 4n of prose cost 1 : 4', () => {
    const prose = 'She says **no**, _twice_, and [leaves](https://example.com). ';
    const small = spentBy(prose.repeat(100), lex);
    const large = spentBy(prose.repeat(400), lex);
    expect(large / small).toBeGreaterThan(3.99);
    expect(large / small).toBeLessThan(4.01);
  });

  it('never lets pathological inline text spend past its budget', () => {
    for (const unit of ['_a', '*a_', ' *a', '!', '`a', '~a', '[a](']) {
      const source = unit.repeat(Math.ceil(MAX_BLOCK_CHARS / unit.length));
      let spent: number;
      try {
        spent = spentBy(source, lex);
      } catch (error) {
        expect(error).toBeInstanceOf(MarkdownRefused);
        continue;
      }
      expect(spent).toBeLessThanOrEqual(workBudget(source.length));
    }
  });
});

describe('what authors write stays inside the limits', () => {
  const courseDir = join(ROOT, 'scenarios');
  const folders = readdirSync(courseDir, { withFileTypes: true }).filter((e) => e.isDirectory());

  it.each(folders.map((f) => f.name))('scenarios/%s', (folder) => {
    const text = readFileSync(join(courseDir, folder, 'scenario.md'), 'utf8');
    expect(scanBody(text, 0).refusals).toEqual([]);
    expect(scanBody(text, 0).deepest).toBeLessThanOrEqual(3);
    // Far inside the budget: a tenth of it would do.
    expect(spentBy(text, lex)).toBeLessThan(workBudget(text.length) / 10);
  });

  it.each(['tree', 'merging'] as const)(
    "the bench's generated 10,000-scene scenario (%s)",
    (shape) => {
      const behaviours = JSON.parse(readFileSync(join(courseDir, 'behaviours.json'), 'utf8')) as {
        behaviours: Behaviour[];
      };
      const { scenarioMd } = generateScenario({
        scenes: 10_000,
        behaviours: behaviours.behaviours,
        shape,
      });
      expect(scanBody(scenarioMd, 0).refusals).toEqual([]);
    },
    60_000,
  );
});
