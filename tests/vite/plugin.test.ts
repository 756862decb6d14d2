/**
 * The Vite plugin in a real dev server: the course compiles into the virtual module,
 * a broken scenario becomes an error-overlay payload at the right file, line and
 * column (and the other scenarios still load), and editing a scenario file triggers
 * a reload with the recompiled course.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/cli/scenario';
import { casebook } from '../../src/vite/casebook-plugin';
import { ROOT } from '../support/paths';

let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function devServer(course: string): Promise<{ server: ViteDevServer; sent: unknown[] }> {
  const sent: unknown[] = [];
  server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [casebook({ scenarios: course })],
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  server.ws.send = ((payload: unknown) => sent.push(payload)) as ViteDevServer['ws']['send'];
  return { server, sent };
}

function course(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-plugin-'));
  cpSync(join(ROOT, 'scenarios', 'behaviours.json'), join(dir, 'behaviours.json'));
  const io = { cwd: dir, out: () => undefined, err: () => undefined };
  expect(runScenario(['new', 'good-one', '--course', dir], io)).toBe(0);
  expect(runScenario(['new', 'broken-one', '--course', dir], io)).toBe(0);
  return dir;
}

describe('the Casebook Vite plugin', () => {
  it('shows a diagnostic in the error overlay with its position, and serves the rest of the course', async () => {
    const dir = course();
    const machine = join(dir, 'broken-one', 'machine.json');
    const text = readFileSync(machine, 'utf8');
    writeFileSync(machine, text.replace('"target": "wrap-up"', '"target": "wrap-upp"'));
    const line = text.split('\n').findIndex((l) => l.includes('"target": "wrap-up"')) + 1;
    const { server, sent } = await devServer(dir);
    const module = await server.transformRequest('virtual:casebook/course');
    expect(module?.code).toContain('"good-one"');
    const overlay = sent.find((p) => (p as { type: string }).type === 'error') as {
      err: { message: string; loc: { file: string; line: number; column: number }; frame: string };
    };
    expect(overlay.err.message).toBe(
      '"closing" leads to "wrap-upp", but there is no state with that name. Did you mean "wrap-up"? [CB205]',
    );
    expect(overlay.err.loc).toEqual({ file: machine, line, column: 21 });
    expect(overlay.err.frame).toContain('"target": "wrap-upp"');
    const index = (await server.ssrLoadModule('virtual:casebook/course')) as {
      index: { scenarios: { folder: string; card?: unknown }[] };
    };
    expect(index.index.scenarios.map((s) => [s.folder, Boolean(s.card)])).toEqual([
      ['broken-one', false],
      ['good-one', true],
    ]);
  });

  it('reloads with the recompiled course when a scenario file changes', async () => {
    const dir = course();
    const { server, sent } = await devServer(dir);
    const before = await server.transformRequest('virtual:casebook/course');
    expect(before?.code).toContain('"Good One"');
    const md = join(dir, 'good-one', 'scenario.md');
    writeFileSync(
      md,
      readFileSync(md, 'utf8').replace('title: Good One', 'title: Renamed While You Watch'),
    );
    server.watcher.emit('change', md);
    expect(sent).toContainEqual({ type: 'full-reload' });
    const after = await server.transformRequest('virtual:casebook/course');
    expect(after?.code).toContain('Renamed While You Watch');
  });
});
