// @vitest-environment jsdom
/**
 * Author mode after the check: the scenario map (every scene a button, what the
 * analysis found written on it), the scene reader (choices, coaching, where each
 * leads, runs through it), and the player that starts at a middle scene with values
 * the author sets in the inspector.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioMap } from '../../src/ui/author/ScenarioMap';
import { MAP_SCENE_LIMIT } from '../../src/ui/author/map-model';
import { compileReference } from '../support/reference';
import { renderApp, violations } from './harness';
import { rootPath } from '../support/paths';
import { pickedFiles } from '../support/picked-files';

afterEach(cleanup);

/** cb701's scenario: the ending "outcome-inspired" needs trust 3, and no run gets past 2. */
async function openTrustFixture() {
  const app = renderApp({ hash: '#/author' });
  // Author mode's code is imported on first use, which a loaded machine takes seconds
  // over: wait for the page, with a limit that only ends a hung test.
  const input = await screen.findByLabelText('Open a folder', {}, { timeout: 20_000 });
  await act(async () => {
    fireEvent.change(input, {
      target: {
        files: pickedFiles(rootPath('tests/fixtures/check/cb701-third-ending-needs-more-trust')),
      },
    });
  });
  await screen.findByText(/^Checked 1 scenario/);
  // The map is laid out by author mode's worker (here, in the page): wait for it.
  await screen.findByRole('group', { name: 'Map of Base Case' });
  return app;
}

const map = () => screen.getByRole('group', { name: 'Map of Base Case' });

describe('the scenario map', () => {
  it('shows every scene as a button and marks the ending no run reaches', async () => {
    const { container } = await openTrustFixture();
    const scenes = within(map()).getAllByRole('button');
    expect(scenes.map((b) => b.getAttribute('data-scene'))).toEqual([
      'opening',
      'follow-up',
      'wrap-up',
      'outcome-inspired',
      'outcome-strong',
      'outcome-weak',
    ]);
    const inspired = within(map()).getByRole('button', { name: /^outcome-inspired/ });
    expect(inspired.getAttribute('aria-label')).toContain('ending no run reaches');
    expect(inspired.getAttribute('class')).toContain('marked');
    expect(
      within(map())
        .getByRole('button', { name: /^outcome-strong/ })
        .getAttribute('class'),
    ).not.toContain('marked');
    expect(screen.getByText(/1 marked by the analysis: outcome-inspired/)).toBeTruthy();
    // Arrows: one per choice transition and route, coloured by the choice's domain.
    const arrows = [...container.querySelectorAll('polyline.arrow')];
    expect(arrows).toHaveLength(4 + 3);
    const listen = container.querySelector('[data-arrow="opening#LISTEN#0"]');
    expect(listen?.getAttribute('class')).toBe('arrow management');
    expect(container.querySelector('[data-arrow="wrap-up#always#0"]')?.getAttribute('class')).toBe(
      'arrow untagged untaken',
    );
    expect(await violations(container)).toEqual([]);
  });

  it('opens the scene an author clicks, with its choices, coaching and path figures', async () => {
    await openTrustFixture();
    fireEvent.click(within(map()).getByRole('button', { name: /^follow-up/ }));
    const reader = screen.getByRole('region', { name: /follow-up: Follow up/ });
    expect(within(reader).getByText('The prose of follow-up.')).toBeTruthy();
    expect(reader.textContent).toContain('AGREE_A_DATE');
    expect(reader.textContent).toContain('taken in 2 runs');
    expect(reader.textContent).toContain('4 runs pass through here');
    expect(reader.textContent).toContain('Trust between you and Sam -1 to 1');
    expect(reader.textContent).toMatch(/to wrap-up \(trust \+1\)/);
    expect(within(reader).getAllByText('Why this move helps or hurts.').length).toBeGreaterThan(0);
    // A target is a link to that scene.
    fireEvent.click(within(reader).getAllByRole('button', { name: 'wrap-up' })[0] as HTMLElement);
    expect(screen.getByRole('region', { name: /wrap-up/ }).textContent).toContain(
      'If trust ≥ 3: to outcome-inspired',
    );
  });
});

describe('playing from a middle scene', () => {
  it('starts there, takes edited metrics, shows coaching and what can happen from here', async () => {
    const { container } = await openTrustFixture();
    fireEvent.click(within(map()).getByRole('button', { name: /^follow-up/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Play from this scene' }));
    const player = screen.getByRole('region', { name: 'Play from follow-up' });
    expect(
      within(player).getByRole('heading', { name: 'Now in follow-up: Follow up' }),
    ).toBeTruthy();
    const region = () => within(player).getByRole('region', { name: /From here/ });
    const fromHere = () => region().textContent;
    // The from-here analysis runs off the page's thread: it is busy until it answers.
    await waitFor(() => expect(region().getAttribute('aria-busy')).toBe('false'));
    expect(fromHere()).toContain('outcome-strong');
    expect(fromHere()).not.toContain('outcome-inspired');

    fireEvent.input(within(player).getByLabelText('Trust between you and Sam'), {
      target: { value: '2' },
    });
    await waitFor(() => expect(fromHere()).toContain('outcome-inspired (Strong outcome): 1 run'));
    expect(player.textContent).toContain('follow-up: set Trust between you and Sam to 2.');

    fireEvent.click(within(player).getByRole('button', { name: /Choose agree a date/ }));
    expect(
      within(player).getByRole('heading', { name: /^Ending: .* \(Strong outcome\)$/ }),
    ).toBeTruthy();
    expect(player.textContent).toContain('You chose Choose agree a date');
    expect(
      (within(player).getByLabelText('Trust between you and Sam') as HTMLInputElement).value,
    ).toBe('3');
    fireEvent.click(within(player).getByRole('button', { name: 'Take back the last choice' }));
    expect(within(player).getByRole('heading', { name: /^Now in follow-up/ })).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });
});

describe('from a diagnostic to its scene', () => {
  it('shows the scene a diagnostic points into, on the map and in the reader', async () => {
    await openTrustFixture();
    const item = screen.getByText(/No run reaches the ending "outcome-inspired"/).closest('li');
    fireEvent.click(
      within(item as HTMLElement).getByRole('button', {
        name: 'Show outcome-inspired on the map',
      }),
    );
    expect(screen.getByRole('region', { name: /^outcome-inspired/ })).toBeTruthy();
    expect(
      within(map())
        .getByRole('button', { name: /^outcome-inspired/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });
});

describe('finding a scene without the map', () => {
  it('goes to any scene from the scene list, marks included', async () => {
    await openTrustFixture();
    const list = screen.getByLabelText('Go to scene') as HTMLSelectElement;
    expect([...list.options].map((o) => o.text)).toContain(
      'outcome-inspired: Outcome inspired (⚠ ending no run reaches)',
    );
    fireEvent.change(list, { target: { value: 'wrap-up' } });
    expect(screen.getByRole('region', { name: /^wrap-up/ }).textContent).toContain(
      'Routes on arrival',
    );
  });

  it('does not draw a map too large to lay out, and says what to use instead', () => {
    const reference = compileReference();
    const many = Array.from({ length: MAP_SCENE_LIMIT + 1 }, (_, i) => ({
      ...(reference.scenes[0] as (typeof reference.scenes)[number]),
      id: `scene-${i}`,
    }));
    render(
      <ScenarioMap
        scenario={{ ...reference, scenes: many }}
        map={undefined}
        busy={false}
        selected={undefined}
        onSelect={() => {}}
      />,
    );
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByText(/the map is drawn for up to 1,500/)).toBeTruthy();
  });
});

describe('the inspector and the check', () => {
  it('takes fractional metric values, as adjust does', async () => {
    await openTrustFixture();
    fireEvent.click(screen.getByRole('button', { name: 'Play from this scene' }));
    const player = screen.getByRole('region', { name: /^Play from / });
    const trust = screen.getByLabelText('Trust between you and Sam') as HTMLInputElement;
    fireEvent.input(trust, { target: { value: '0.5' } });
    expect(trust.value).toBe('0.5');
    expect(player.textContent).toMatch(/: set Trust between you and Sam to 0\.5\./);
    // What is not a number (a field being cleared to type another) changes nothing.
    fireEvent.input(trust, { target: { value: 'abc' } });
    fireEvent.input(trust, { target: { value: '' } });
    expect(player.textContent).not.toMatch(/NaN|to \./);
    fireEvent.input(trust, { target: { value: '1.5' } });
    expect(player.textContent).toMatch(/: set Trust between you and Sam to 1\.5\./);
  });

  it('says to choose the folder again when the chosen files can no longer be read', async () => {
    renderApp({ hash: '#/author' });
    const files = pickedFiles(rootPath('tests/fixtures/check/cb701-third-ending-needs-more-trust'));
    await act(async () => {
      fireEvent.change(await screen.findByLabelText('Open a folder'), { target: { files } });
    });
    await screen.findByText(/^Checked 1 scenario/);
    for (const file of files)
      Object.defineProperty(file, 'text', {
        value: () => Promise.reject(new DOMException('changed', 'NotReadableError')),
      });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    });
    expect(await screen.findByText(/choose the folder again/)).toBeTruthy();
    // The last check's results stay on the page.
    expect(screen.getByRole('group', { name: 'Map of Base Case' })).toBeTruthy();
  });
});
