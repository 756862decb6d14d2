/**
 * `##`/`###` typed without the space is read as the heading it was meant to be — at
 * the top level only — and never where the hashes are text: in code, in a quote, in
 * the middle of a line, or as four hashes.
 */
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/compiler/markdown';
import { sourceFile } from '../../src/compiler/source';

const parse = (body: string) => parseBody(sourceFile('scenario.md', body), 0);

describe('headings without a space after the hashes', () => {
  it('reads a ### line right under prose as a choice heading, and says so once', () => {
    const { body, diagnostics } = parse(
      '## opening\n\nSam waits.\n###ASK\n\nAsk Sam.\n\nWhy it helps.\n',
    );
    expect(body.sections[0]?.prose.markdown).toBe('Sam waits.');
    expect(body.sections[0]?.choices.map((c) => c.event)).toEqual(['ASK']);
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['CB408', 4]]);
  });

  it('leaves hashes alone in code, quotes, mid-line text and #### or # lines', () => {
    const text = [
      '## opening',
      '',
      '```',
      '###NOT_A_CHOICE',
      '```',
      '',
      '> ##not-a-scene',
      '',
      'Ranked ##2 in the queue.',
      '',
      '####small',
      '',
      '#tag',
      '',
    ].join('\n');
    const { body, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(body.sections.map((s) => s.id)).toEqual(['opening']);
    expect(body.sections[0]?.choices).toEqual([]);
    expect(body.sections[0]?.prose.markdown).toContain('###NOT_A_CHOICE');
  });
});
