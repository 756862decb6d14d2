// @vitest-environment jsdom
/**
 * Reading a folder through directory handles (the File System Access API): only the
 * course's files, from scenario folders, not from dot folders or node_modules; and a
 * watch that notices a saved, added or removed file, and stops when the folder can
 * no longer be read.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canOpenFolders, readFolder, watchFolder } from '../../src/ui/author/folder-access';
import { FakeFolder } from '../support/fake-folder';

function course(): FakeFolder {
  const root = new FakeFolder('my-course').write('behaviours.json', '{}').write('notes.txt', 'x');
  root.folder('first').write('scenario.md', '# one').write('machine.json', '{}');
  root.folder('.git').write('machine.json', 'not a scenario');
  root.folder('node_modules').folder('pkg').write('machine.json', 'not a scenario');
  return root;
}

afterEach(() => {
  vi.useRealTimers();
  delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker;
});

describe('reading a folder', () => {
  it('reads the course files with paths under the folder name, skipping dot folders and node_modules', async () => {
    const { files, signature } = await readFolder(course());
    expect(files.map((f) => f.path)).toEqual([
      'my-course/behaviours.json',
      'my-course/first/machine.json',
      'my-course/first/scenario.md',
    ]);
    expect(files[2]?.text).toBe('# one');
    expect(signature).toContain('my-course/first/scenario.md:5:1');
  });

  it("reads the images of a scenario's assets/ folder as bytes, and nothing else in it (format v1.1)", async () => {
    const root = new FakeFolder('my-course');
    const first = root.folder('first').write('scenario.md', '# one').write('machine.json', '{}');
    first.folder('assets').write('sam.svg', '<svg/>').write('draft.txt', 'x');
    const { files } = await readFolder(root);
    const image = files.find((f) => f.path === 'my-course/first/assets/sam.svg');
    expect(image?.text).toBe('');
    expect(new TextDecoder().decode(image?.bytes)).toBe('<svg/>');
    expect(files.some((f) => f.path.endsWith('draft.txt'))).toBe(false);
  });

  it('knows whether the browser can open folders', () => {
    expect(canOpenFolders()).toBe(false);
    (window as { showDirectoryPicker?: unknown }).showDirectoryPicker = async () => course();
    expect(canOpenFolders()).toBe(true);
  });
});

describe('watching a folder', () => {
  it('reports a saved file, then a new scenario, and nothing while nothing changes', async () => {
    vi.useFakeTimers();
    const root = course();
    const changed = vi.fn();
    const failed = vi.fn();
    const watch = watchFolder(root, (await readFolder(root)).signature, changed, failed, 100);
    await vi.advanceTimersByTimeAsync(350);
    expect(changed).not.toHaveBeenCalled();

    (root.entries.get('first') as FakeFolder).write('scenario.md', '# one, edited', 2);
    await vi.advanceTimersByTimeAsync(150);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed.mock.calls[0]?.[0].files[2].text).toBe('# one, edited');

    root.folder('second').write('machine.json', '{}');
    await vi.advanceTimersByTimeAsync(150);
    expect(changed).toHaveBeenCalledTimes(2);
    expect(changed.mock.calls[1]?.[0].files.map((f: { path: string }) => f.path)).toContain(
      'my-course/second/machine.json',
    );

    watch.stop();
    root.write('behaviours.json', '{"behaviours": []}', 3);
    await vi.advanceTimersByTimeAsync(500);
    expect(changed).toHaveBeenCalledTimes(2);
    expect(failed).not.toHaveBeenCalled();
  });

  it('says once when the folder can no longer be read, and stops', async () => {
    vi.useFakeTimers();
    const root = course();
    const changed = vi.fn();
    const failed = vi.fn();
    watchFolder(root, (await readFolder(root)).signature, changed, failed, 100);
    root.broken = true;
    await vi.advanceTimersByTimeAsync(600);
    expect(failed).toHaveBeenCalledTimes(1);
    expect(String(failed.mock.calls[0]?.[0])).toContain('moved');
    expect(changed).not.toHaveBeenCalled();
  });
});
