// @vitest-environment jsdom
/**
 * A large map is drawn a chunk of scenes at a time, each chunk in a task of its own,
 * so drawing 1,000 scenes never blocks the page in one long task; in the end every
 * scene is a button on the map, and the layers keep the map one labelled group.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScenarioMap } from '../../src/ui/author/ScenarioMap';
import type { ScenarioMap as MapModel } from '../../src/ui/author/map-model';
import { compileReference } from '../support/reference';

afterEach(cleanup);

const SCENES = 200;

function model(): MapModel {
  return {
    width: 400,
    height: SCENES * 60,
    scenes: Array.from({ length: SCENES }, (_, i) => ({
      id: `scene-${i}`,
      kind: 'scene' as const,
      marks: [],
      x: 100,
      y: 30 + i * 60,
    })),
    arrows: Array.from({ length: SCENES - 1 }, (_, i) => ({
      id: `scene-${i}#GO#0`,
      from: `scene-${i}`,
      to: `scene-${i + 1}`,
      event: 'GO',
      domain: 'untagged' as const,
      untaken: false,
      points: [
        { x: 100, y: 56 + i * 60 },
        { x: 100, y: 64 + i * 60 },
      ],
    })),
  };
}

describe('drawing a large map', () => {
  it('draws the first chunk at once and the rest in later tasks', async () => {
    const reference = compileReference();
    const { container } = render(
      <ScenarioMap
        scenario={reference}
        map={model()}
        busy={false}
        selected="scene-150"
        onSelect={() => {}}
      />,
    );
    const map = screen.getByRole('group', { name: `Map of ${reference.title}` });
    const drawn = () => map.querySelectorAll('[data-scene]').length;
    const first = drawn();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(SCENES);
    // The limit only ends a hung test: each chunk follows the last as soon as it can.
    await waitFor(() => expect(drawn()).toBe(SCENES), { timeout: 20_000 });
    expect(within(map).getAllByRole('button')).toHaveLength(SCENES);
    expect(container.querySelectorAll('polyline.arrow')).toHaveLength(SCENES - 1);
    expect(
      within(map)
        .getByRole('button', { name: /^scene-150/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });
});
