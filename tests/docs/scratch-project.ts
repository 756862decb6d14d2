/**
 * A throw-away copy of the project to run the documented commands in, as a reader
 * would in their own checkout: the project's files (tracked, plus untracked ones not
 * ignored, so what is being changed is what is tested) without dist/ or caches, and
 * node_modules as hard links to this checkout's (nothing is downloaded, and `npm
 * install` finds it up to date). Beside the project, `course/` is a copy of
 * `scenarios/`: an organisation's own course, for the commands that name one.
 *
 * Commands run through `sh -c`, in their own process group with an environment
 * cleaned of what Vitest and npm put in it, so they see what a terminal would.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import {
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

interface Finished {
  exit: number | null;
  /** What the command printed on stdout and stderr, in the order it printed it. */
  output: string;
}

export interface Server {
  /** The first `http://127.0.0.1:PORT/` address the command printed. */
  url: string;
  output(): string;
  /** Still running (not exited before it was stopped)? */
  running(): boolean;
  /** Stop the whole process group and wait until every process in it has closed its output. */
  stop(): Promise<void>;
}

export interface ScratchProject {
  /** The project copy: where the commands run. */
  dir: string;
  /** A copy of `scenarios/` outside the project: "your own course". */
  course: string;
  run(command: string): Promise<Finished>;
  serve(command: string): Promise<Server>;
  /** Stop whatever still runs and delete the copy. */
  remove(): Promise<void>;
}

/** What Vitest, and `npm test` around it, add to the environment; a reader's terminal has none of it. */
function terminalEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(VITEST.*|npm_.*|NODE_ENV|TEST|INIT_CWD)$/i.test(key),
    ),
  );
  env.PATH = (env.PATH ?? '')
    .split(delimiter)
    .filter((part) => !/node_modules[\\/]\.bin|node-gyp-bin/.test(part))
    .join(delimiter);
  // Nothing may reach the network: npm install must be satisfied by node_modules as it is.
  return {
    ...env,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

/**
 * Hard-link a node_modules tree (copy across file systems). npm rewrites its
 * hidden lockfile in place, so that one is a copy; Vite's caches stay behind.
 */
function linkModules(from: string, to: string, top = true): void {
  mkdirSync(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (top && entry.name.startsWith('.') && entry.name !== '.bin') {
      if (entry.name === '.package-lock.json') copyFileSync(source, target);
    } else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (entry.isDirectory()) linkModules(source, target, false);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

function projectFiles(root: string): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: root, encoding: 'utf8' },
  );
  return listed.split('\0').filter((path) => path !== '' && existsSync(join(root, path)));
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  // The group outlives its leader (sh) while any process in it runs, so signal it regardless.
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has already gone.
  }
}

export function createScratchProject(root: string): ScratchProject {
  const base = mkdtempSync(join(tmpdir(), 'casebook-docs-'));
  const dir = join(base, 'project');
  for (const path of projectFiles(root)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(join(root, path), join(dir, path));
  }
  linkModules(join(root, 'node_modules'), join(dir, 'node_modules'));
  const course = join(base, 'course');
  cpSync(join(dir, 'scenarios'), course, { recursive: true });
  mkdirSync(join(base, 'logs'));

  const env = terminalEnv();
  const children = new Set<ChildProcess>();
  let logs = 0;
  const start = (command: string, stdio: ('ignore' | 'pipe' | number)[]) => {
    const child = spawn('sh', ['-c', command], { cwd: dir, env, stdio, detached: true });
    children.add(child);
    child.on('close', () => children.delete(child));
    return child;
  };

  return {
    dir,
    course,
    async run(command) {
      const log = join(base, 'logs', `${++logs}.log`);
      const fd = openSync(log, 'w');
      // One file for stdout and stderr keeps the order a terminal would show.
      const child = start(command, ['ignore', fd, fd]);
      closeSync(fd);
      const [exit] = (await once(child, 'close')) as [number | null];
      return { exit, output: stripVTControlCharacters(readFileSync(log, 'utf8')) };
    },
    async serve(command) {
      const child = start(command, ['ignore', 'pipe', 'pipe']);
      let output = '';
      let closed = false;
      const closing = once(child, 'close').then(() => {
        closed = true;
      });
      const url = await new Promise<string>((resolve, reject) => {
        const read = (chunk: Buffer) => {
          output += stripVTControlCharacters(chunk.toString());
          const address = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output);
          if (address) resolve(address[0]);
        };
        child.stdout?.on('data', read);
        child.stderr?.on('data', read);
        void closing.then(() =>
          reject(new Error(`"${command}" ended before it printed an address:\n${output}`)),
        );
      });
      return {
        url,
        output: () => output,
        running: () => !closed,
        async stop() {
          killGroup(child);
          await closing;
        },
      };
    },
    async remove() {
      const stopping = [...children].map((child) => once(child, 'close'));
      for (const child of children) killGroup(child, 'SIGKILL');
      await Promise.all(stopping);
      rmSync(base, { recursive: true, force: true });
    },
  };
}
