/** A diagnostic belongs to the last scene that starts before it, in either file. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/contract';
import { sceneAt } from '../../src/ui/author/scene-at';
import { compileReference } from '../support/reference';

const reference = compileReference();
const at = (file: string, offset: number): Diagnostic => {
  const position = { line: 1, col: 1, offset };
  return {
    code: 'CB000',
    severity: 'warning',
    message: '',
    file,
    range: { start: position, end: position },
  };
};

describe('sceneAt', () => {
  it('finds the scene whose state or section a position falls in', () => {
    const close = reference.scenes.find((s) => s.id === 'close');
    const json = close?.source;
    const md = close?.heading;
    if (!json || !md) throw new Error('the reference has no "close" scene');
    expect(sceneAt(reference, at(json.file, json.range.start.offset + 40))).toBe('close');
    expect(sceneAt(reference, at(md.file, md.range.start.offset + 40))).toBe('close');
  });

  it('finds none before the first scene or in another file', () => {
    const first = reference.scenes[0]?.source;
    if (!first) throw new Error('the reference has no scenes');
    expect(sceneAt(reference, at(first.file, 0))).toBeUndefined();
    expect(sceneAt(reference, at('behaviours.json', 5000))).toBeUndefined();
  });
});
