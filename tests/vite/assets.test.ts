/**
 * The plugin's publishing of a scenario's images: in a build each used file is emitted
 * once under a content-hashed name, relative (dist/ works from any folder); on the dev
 * server it is served from the scenario's own folder; a scenario without images is
 * passed through as it is.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/disk/load';
import { compileCourse } from '../../src/compiler';
import { publishAssets } from '../../src/vite/assets';
import { rootPath } from '../support/paths';

const folder = rootPath('scenarios/project-slipping');

function compiled(id: string) {
  const course = compileCourse(loadCourse('scenarios', rootPath('.')));
  const scenario = course.scenarios.find((s) => s.scenario?.id === id)?.scenario;
  if (!scenario) throw new Error(`${id} did not compile`);
  return scenario;
}

describe('publishing a scenario’s images', () => {
  it('emits each portrait once with a content-hashed, relative name in a build', () => {
    const emitted = new Map<string, Uint8Array>();
    const out = publishAssets(compiled('project-slipping'), folder, (name, bytes) => {
      expect(emitted.has(name)).toBe(false);
      emitted.set(name, bytes);
    });
    const bytes = readFileSync(`${folder}/assets/graham.svg`);
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    const graham = out.characters?.find((c) => c.id === 'graham');
    expect(graham?.portrait?.src).toBe(`assets/graham-${hash}.svg`);
    expect(Buffer.from(emitted.get(`assets/graham-${hash}.svg`) ?? []).equals(bytes)).toBe(true);
    expect(emitted.size).toBe(out.characters?.filter((c) => c.portrait).length);
  });

  it("points at the scenario's own folder on the dev server", () => {
    const out = publishAssets(compiled('project-slipping'), folder, undefined);
    const graham = out.characters?.find((c) => c.id === 'graham');
    expect(graham?.portrait?.src).toBe(`/@fs/${folder.replace(/^\//, '')}/assets/graham.svg`);
  });
});
