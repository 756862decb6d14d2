/**
 * A learner's scenario chunk, from a real Vite build with the Casebook plugin, carries
 * no Markdown source and no scenario.md heading positions, and loses nothing else;
 * the dev server (where author mode's course runs) still serves the whole scenario.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { build, createServer, type Rollup, type ViteDevServer } from 'vite';
import type { CompiledScenario } from '../../src/contract';
import { casebook } from '../../src/vite/casebook-plugin';
import { ROOT, rootPath } from '../support/paths';

const ID = 'virtual:casebook/scenario/missed-deadline';
const course = rootPath('scenarios');

let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The scenario as a production build's chunk holds it, evaluated as the browser would. */
async function built(): Promise<CompiledScenario> {
  const output = (await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    plugins: [casebook({ scenarios: course })],
    build: { write: false, rollupOptions: { input: ID, preserveEntrySignatures: 'strict' } },
  })) as Rollup.RollupOutput;
  const chunk = output.output.find((o) => o.type === 'chunk' && o.isEntry);
  if (chunk?.type !== 'chunk') throw new Error('the build made no entry chunk');
  const url = `data:text/javascript;base64,${Buffer.from(chunk.code).toString('base64')}`;
  return ((await import(url)) as { default: CompiledScenario }).default;
}

async function served(): Promise<CompiledScenario> {
  server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [casebook({ scenarios: course })],
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  return ((await server.ssrLoadModule(ID)) as { default: CompiledScenario }).default;
}

/** Every key path in `value` whose last key is `name`. */
function pathsNamed(value: unknown, name: string, at = ''): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(key === name ? [`${at}.${key}`] : []),
    ...pathsNamed(inner, name, `${at}.${key}`),
  ]);
}

describe("the learner build's scenario chunk", () => {
  it('has no Markdown source or heading positions, and everything else the dev server serves', async () => {
    const [learner, full] = [await built(), await served()];
    expect(pathsNamed(full, 'markdown').length).toBeGreaterThan(20);
    expect(pathsNamed(full, 'heading').length).toBeGreaterThan(20);
    expect(full.briefing.markdown).toContain('Six weeks ago');
    expect(learner.scenes.length).toBe(full.scenes.length);
    expect(pathsNamed(learner, 'markdown')).toEqual([]);
    expect(pathsNamed(learner, 'heading')).toEqual([]);
    expect(JSON.stringify(learner)).not.toContain('scenario.md');
    // The learner copy is the full scenario less exactly those fields (images' URLs
    // differ: a build emits hashed files, the dev server serves the folder).
    const expected = JSON.parse(JSON.stringify(full), function (this: object, key, value) {
      if (key === 'heading' && (this as { event?: string }).event !== undefined) return undefined;
      if (key === 'heading' && 'kind' in this) return undefined;
      if ((key === 'markdown' || key === 'source') && 'blocks' in this) return undefined;
      return key === 'src' ? 'image' : (value as unknown);
    }) as unknown;
    const shipped = JSON.parse(JSON.stringify(learner), (key, value) =>
      key === 'src' ? 'image' : (value as unknown),
    ) as unknown;
    expect(shipped).toEqual(expected);
    expect(learner.scenes.map((s) => s.prose.blocks)).toEqual(
      full.scenes.map((s) => s.prose.blocks),
    );
  }, 60_000);
});
