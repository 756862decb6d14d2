/**
 * The Vite plugin in a real dev server: the course compiles into the virtual module,
 * a page that asks for the course's errors gets, to itself alone, an error-overlay
 * payload at the right file, line and column (and the other scenarios still load),
 * and editing a scenario file triggers a reload with the recompiled course.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type HotPayload, type Plugin, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/cli/scenario';
import { ASK_FOR_COURSE_ERRORS, COURSE_ERRORS_ANSWERED } from '../../src/contract';
import { casebook } from '../../src/vite/casebook-plugin';
import { ROOT } from '../support/paths';

let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Listeners the plugin registers for messages from pages (`import.meta.hot.send`). */
type Listener = (
  data: unknown,
  client: { send: (payload: HotPayload | string, data?: unknown) => void },
) => void;

async function devServer(course: string) {
  const sent: unknown[] = [];
  const listeners = new Map<string, Listener>();
  // Runs before the Casebook plugin's configureServer, so it sees what that registers.
  const spy: Plugin = {
    name: 'spy-on-page-messages',
    configureServer(dev) {
      const on = dev.ws.on.bind(dev.ws) as (event: string, listener: Listener) => void;
      dev.ws.on = ((event: string, listener: Listener) => {
        listeners.set(event, listener);
        on(event, listener);
      }) as ViteDevServer['ws']['on'];
    },
  };
  server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    plugins: [spy, casebook({ scenarios: course })],
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  server.ws.send = ((payload: unknown) => sent.push(payload)) as ViteDevServer['ws']['send'];
  /** What the plugin answers one page that asks for the course's errors. */
  const ask = (): HotPayload[] => {
    const answers: HotPayload[] = [];
    listeners.get(ASK_FOR_COURSE_ERRORS)?.(undefined, {
      send: (payload, data) =>
        answers.push(
          typeof payload === 'string' ? { type: 'custom', event: payload, data } : payload,
        ),
    });
    return answers;
  };
  return { server, sent, ask };
}

const answered = (errors: number) => ({
  type: 'custom',
  event: COURSE_ERRORS_ANSWERED,
  data: { errors },
});

function course(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-plugin-'));
  cpSync(join(ROOT, 'scenarios', 'behaviours.json'), join(dir, 'behaviours.json'));
  const io = { cwd: dir, out: () => undefined, err: () => undefined };
  expect(runScenario(['new', 'good-one', '--course', dir], io)).toBe(0);
  expect(runScenario(['new', 'broken-one', '--course', dir], io)).toBe(0);
  return dir;
}

describe('the Casebook Vite plugin', () => {
  it("lets the dev server serve a course outside the project (its scenarios' images), beside the project", async () => {
    const dir = course();
    const { server } = await devServer(dir);
    expect(server.config.server.fs.allow).toEqual(expect.arrayContaining([dir, ROOT]));
  });

  it('answers a page that asks with the error overlay, at its position, and serves the rest of the course', async () => {
    const dir = course();
    const machine = join(dir, 'broken-one', 'machine.json');
    const text = readFileSync(machine, 'utf8');
    writeFileSync(machine, text.replace('"target": "wrap-up"', '"target": "wrap-upp"'));
    const line = text.split('\n').findIndex((l) => l.includes('"target": "wrap-up"')) + 1;
    const { server, sent, ask } = await devServer(dir);
    const module = await server.transformRequest('virtual:casebook/course');
    expect(module?.code).toContain('"good-one"');
    expect(sent).toEqual([]);
    const answers = ask();
    expect(answers).toHaveLength(2);
    expect(answers[1]).toEqual(answered(1));
    const overlay = answers[0] as {
      type: string;
      err: { message: string; loc: { file: string; line: number; column: number }; frame: string };
    };
    expect(overlay.type).toBe('error');
    expect(overlay.err.message).toBe(
      '"closing" leads to "wrap-upp", but there is no state with that name. Did you mean "wrap-up"? [CB205]',
    );
    expect(overlay.err.loc).toEqual({ file: machine, line, column: 21 });
    expect(overlay.err.frame).toContain('"target": "wrap-upp"');
    expect(ask()).toEqual(answers);
    const index = (await server.ssrLoadModule('virtual:casebook/course')) as {
      index: { scenarios: { folder: string; card?: unknown }[] };
    };
    expect(index.index.scenarios.map((s) => [s.folder, Boolean(s.card)])).toEqual([
      ['broken-one', false],
      ['good-one', true],
    ]);
  });

  it('answers with the errors of the course as it is now, and with nothing once it is fixed', async () => {
    const dir = course();
    const broken = join(dir, 'broken-one', 'machine.json');
    const good = join(dir, 'good-one', 'machine.json');
    const [brokenText, goodText] = [readFileSync(broken, 'utf8'), readFileSync(good, 'utf8')];
    const save = (file: string, text: string) => {
      writeFileSync(file, text);
      server?.watcher.emit('change', file);
    };
    const { ask } = await devServer(dir);
    expect(ask()).toEqual([answered(0)]);
    save(broken, brokenText.replace('"initial": "opening"', '"initial": "openin"'));
    expect(ask()).toMatchObject([
      { type: 'error', err: { message: /"openin"/, loc: { file: broken } } },
      answered(1),
    ]);
    save(good, '{ "id": "good-one", ');
    const [both] = ask() as { err: { message: string; loc: { file: string } } }[];
    expect(both?.err.message).toMatch(/"openin".*\[CB\d+\]\n\nThe course has \d+ more errors?: /s);
    save(broken, brokenText);
    expect(ask()).toMatchObject([
      { err: { loc: { file: good } } },
      { event: COURSE_ERRORS_ANSWERED },
    ]);
    save(good, goodText);
    expect(ask()).toEqual([answered(0)]);
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
