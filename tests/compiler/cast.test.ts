/**
 * Format v1.1 characters and images compile into the contract: the cast with measured
 * portraits, image blocks with their size, and a hash that follows the image bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/compiler';
import { loadCourse } from '../../src/disk/load';

const dir = join(import.meta.dirname, '..', 'fixtures', 'check', 'cast-valid');

describe('characters and images', () => {
  const input = loadCourse('base-case', dir).scenarios[0]!;
  it('compiles the cast and the image with their dimensions', () => {
    const { scenario } = compileScenario(input);
    expect(scenario?.characters).toEqual([
      {
        id: 'sam',
        name: 'Sam',
        role: 'Analyst',
        portrait: {
          src: 'assets/sam.svg',
          width: 96,
          height: 96,
          bytes: expect.any(Number) as number,
        },
      },
    ]);
    const opening = scenario?.scenes.find((s) => s.id === 'opening');
    expect(opening?.prose.blocks).toContainEqual({
      t: 'img',
      src: 'assets/desk.png',
      alt: 'Sam at his desk, the report open on screen',
      width: 8,
      height: 6,
    });
  });

  it('changes the content hash when an image changes', () => {
    const a = compileScenario(input).scenario?.contentHash;
    const assets = input.assets!.map((f) =>
      f.path === 'assets/desk.png' ? { ...f, bytes: new Uint8Array([...f.bytes, 0]) } : f,
    );
    const b = compileScenario({ ...input, assets }).scenario?.contentHash;
    expect(a).toBeDefined();
    expect(b).not.toBe(a);
  });

  it('leaves characters out of a scenario without a cast', () => {
    const md = readFileSync(join(dir, 'base-case', 'scenario.md'), 'utf8');
    expect(md).toContain('characters:');
    const v1 = loadCourse('base-case', join(dir, '..', 'cb413-image')).scenarios[0]!;
    expect(compileScenario(v1).scenario).not.toHaveProperty('characters');
  });
});
