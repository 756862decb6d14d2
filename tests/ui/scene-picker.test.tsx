// @vitest-environment jsdom
/**
 * The "Go to scene" list of a 400-scene scenario (three slices) is filled a slice per task, so it
 * never renders a thousand options in one long task; the scene shown is in it from
 * the first render, in the end it reaches every scene in the scenario's order, and it
 * stays one labelled native select (axe audits it in the workbench and browser tests).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScenePicker } from '../../src/ui/author/ScenePicker';
import { compileReference } from '../support/reference';

afterEach(cleanup);

const reference = compileReference();
const scenes = Array.from({ length: 400 }, (_, i) => ({
  ...(reference.scenes[0] as (typeof reference.scenes)[number]),
  id: `scene-${i}`,
  title: `Scene ${i}`,
}));
const scenario = { ...reference, scenes };

describe('the Go to scene list of a large scenario', () => {
  it('starts with a slice that holds the scene shown, and ends with every scene', async () => {
    const onSelect = vi.fn();
    render(
      <ScenePicker
        scenario={scenario}
        marks={new Map([['scene-399', ['dead-end' as const]]])}
        selected="scene-300"
        onSelect={onSelect}
      />,
    );
    const list = screen.getByLabelText('Go to scene') as HTMLSelectElement;
    const values = () => [...list.options].map((o) => o.value);
    expect(values().length).toBeLessThan(scenes.length);
    expect(values()).toContain('scene-300');
    expect(list.value).toBe('scene-300');
    // The limit only ends a hung test: each slice follows the last as soon as it can.
    await waitFor(() => expect(values()).toHaveLength(scenes.length), { timeout: 50_000 });
    expect(values()).toEqual(scenes.map((s) => s.id));
    expect(list.value).toBe('scene-300');
    expect(list.options[399]?.text).toBe(
      'scene-399: Scene 399 (⚠ dead end: a run gets stuck here)',
    );
    fireEvent.change(list, { target: { value: 'scene-399' } });
    expect(onSelect).toHaveBeenCalledWith('scene-399');
  }, 60_000);
});
