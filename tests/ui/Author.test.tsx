// @vitest-environment jsdom
/**
 * Author mode: a folder picked in the browser is checked with the same rules as
 * `npm run check -- --strict`; each diagnostic shows its file, line and source line,
 * and the good scenarios are reported as such. Nothing leaves the page.
 */
import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { courseFromFiles } from '../../src/ui/authoring';
import { renderApp, violations } from './harness';
import { rootPath } from '../support/paths';
import { pickedFiles } from '../support/picked-files';

afterEach(cleanup);

describe('author mode', () => {
  it('is linked from every page, so an author with only the deployed app finds it', async () => {
    renderApp({ hash: '#/' });
    const link = within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Author mode' });
    expect(link.getAttribute('href')).toBe('#/author');
  });

  it('checks a picked course folder and shows each diagnostic with its source line', async () => {
    const { container } = renderApp({ hash: '#/author' });
    // Author mode's code is imported on first use, which a loaded machine takes seconds
    // over: wait for the page, with a limit that only ends a hung test.
    const input = await screen.findByLabelText('Open a folder', {}, { timeout: 20_000 });
    await act(async () => {
      fireEvent.change(input, {
        target: { files: pickedFiles(rootPath('tests/fixtures/check/course-one-broken-of-three')) },
      });
    });
    await screen.findByText(/^Checked 3 scenarios/);
    expect(screen.getByRole('heading', { name: 'beta-case: does not compile' })).toBeTruthy();
    expect(
      screen.getByText(
        'beta-case/machine.json:' +
          String(
            readFileSync(
              rootPath('tests/fixtures/check/course-one-broken-of-three/expected.json'),
              'utf8',
            ).match(/beta-case\/machine\.json:(\d+:\d+)/)?.[1],
          ),
      ),
    ).toBeTruthy();
    const item = [...container.querySelectorAll('li.diagnostic')].find((li) =>
      li.textContent?.includes('[CB205]'),
    );
    expect(item?.querySelector('.source-line')?.textContent).toMatch(/^\d+ \| .*"target"/);
    expect(await violations(container)).toEqual([]);
  });

  it('groups files into scenario folders and finds the course taxonomy', () => {
    const input = courseFromFiles([
      { path: 'course/behaviours.json', text: '{}' },
      { path: 'course/one/scenario.md', text: 'a' },
      { path: 'course/one/machine.json', text: 'b' },
      { path: 'course/two/machine.json', text: 'c' },
      { path: 'course/notes.txt', text: 'd' },
    ]);
    expect(input.taxonomy?.path).toBe('behaviours.json');
    expect(
      input.scenarios.map((s) => [s.folder, Boolean(s.scenarioMd), Boolean(s.machineJson)]),
    ).toEqual([
      ['one', true, true],
      ['two', false, true],
    ]);
  });

  it('gives each scenario the images of its own assets/ folder (format v1.1), as bytes', () => {
    const svg = new Uint8Array([60, 115, 118, 103]);
    const input = courseFromFiles([
      { path: 'course/one/assets/sam.svg', text: '', bytes: svg },
      { path: 'course/one/scenario.md', text: 'a' },
      { path: 'course/one/machine.json', text: 'b' },
      { path: 'course/two/machine.json', text: 'c' },
      { path: 'course/assets/stray.png', text: '', bytes: svg },
    ]);
    expect(input.scenarios.map((s) => [s.folder, s.assets?.map((a) => a.path)])).toEqual([
      ['one', ['assets/sam.svg']],
      ['two', undefined],
    ]);
    expect(input.scenarios[0]?.assets?.[0]?.bytes).toBe(svg);
  });

  it('names a scenario after the folder picked when that folder is the scenario itself', () => {
    const input = courseFromFiles([
      { path: 'base-case/scenario.md', text: 'a' },
      { path: 'base-case/machine.json', text: 'b' },
    ]);
    expect(input.scenarios.map((s) => [s.folder, s.scenarioMd?.path])).toEqual([
      ['base-case', 'base-case/scenario.md'],
    ]);
  });

  it('names files chosen without their folder after the id in their machine.json', () => {
    const input = courseFromFiles([
      { path: 'scenario.md', text: 'a' },
      { path: 'machine.json', text: '{ "id": "first-delegation" }' },
    ]);
    expect(input.scenarios.map((s) => s.folder)).toEqual(['first-delegation']);
    const broken = courseFromFiles([{ path: 'machine.json', text: '{ "id": ' }]);
    expect(broken.scenarios.map((s) => s.folder)).toEqual(['scenario']);
  });

  it('checks a scenario chosen as two loose files', async () => {
    renderApp({ hash: '#/author' });
    const dir = rootPath('tests/fixtures/check/cb701-third-ending-needs-more-trust/base-case');
    const files = ['scenario.md', 'machine.json'].map(
      (name) => new File([readFileSync(`${dir}/${name}`)], name),
    );
    await act(async () => {
      fireEvent.change(await screen.findByLabelText('Choose files'), { target: { files } });
    });
    await screen.findByText(/^Checked 1 scenario: 0 errors/);
    expect(
      screen.getByRole('heading', { name: 'base-case: playable, with warnings' }),
    ).toBeTruthy();
  });
});
