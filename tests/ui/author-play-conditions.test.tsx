// @vitest-environment jsdom
/**
 * Author mode's play-from-scene shows conditional text (format v1.1) as the run being
 * played would: the scene's blocks and the choices' coaching follow the values of the
 * run so far (a LISTEN earlier makes "trusting" and "listened" hold), the last choice's
 * coaching follows the values on arrival in its scene (as the debrief does), and none of
 * it shows the author's "when NAME" markers or the other road's words. On the fixture
 * tests/fixtures/views-course.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler';
import type { CompiledScenario } from '../../src/contract';
import { initialContext } from '../../src/engine';
import { loadCourse } from '../../src/disk/load';
import { PlayFromScene } from '../../src/ui/author/PlayFromScene';
import { fromHereOf } from '../support/from-here';
import { ROOT } from '../support/paths';

afterEach(cleanup);

const scenario = compileCourse(loadCourse('tests/fixtures/views-course', ROOT)).scenarios[0]
  ?.scenario as CompiledScenario;

const CALM = 'She looks less tense than when she came in.';
const TENSE = 'She keeps glancing at the door.';
const LISTENED = 'Because you listened, she names the next step herself.';
const NOT_LISTENED = 'You name the next step for her; she nods without a word.';

function playFromOpening() {
  const { container } = render(
    <PlayFromScene
      scenario={scenario}
      start={{ scene: 'opening', context: initialContext(scenario) }}
      usage={undefined}
      fromHere={fromHereOf(scenario)}
    />,
  );
  return container;
}

const shown = (container: HTMLElement, words: string) =>
  [...container.querySelectorAll('p')].some((p) => p.textContent === words);

describe('play from a scene, with conditional text', () => {
  it('shows the scene and the coaching a run that listened first has earned', () => {
    const container = playFromOpening();
    fireEvent.click(screen.getByRole('button', { name: /Ask what is on her mind/ }));
    screen.getByRole('heading', { name: 'Now in meeting: The plan for Friday' });
    expect(shown(container, CALM)).toBe(true);
    expect(shown(container, TENSE)).toBe(false);
    const agree = screen.getByRole('button', { name: /Agree a dated plan/ }).closest('li');
    expect(agree?.textContent).toContain(LISTENED);
    expect(agree?.textContent).not.toContain(NOT_LISTENED);
    expect(container.querySelector('.conditional-marker')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /Agree a dated plan/ }));
    screen.getByRole('heading', { name: /^Ending: A plan she owns/ });
    const last = container.querySelector('.last-choice') as HTMLElement;
    expect(last.textContent).toContain(LISTENED);
    expect(last.textContent).not.toContain(NOT_LISTENED);
    expect(shown(container, 'She thanks you for listening.')).toBe(true);
    expect(container.querySelector('.conditional-marker')).toBeNull();
  });

  it('shows the other road’s words to a run that rushed', () => {
    const container = playFromOpening();
    fireEvent.click(screen.getByRole('button', { name: /Get straight to the late report/ }));
    screen.getByRole('heading', { name: 'Now in meeting: The plan for Friday' });
    expect(shown(container, TENSE)).toBe(true);
    expect(shown(container, CALM)).toBe(false);
    const agree = screen.getByRole('button', { name: /Agree a dated plan/ }).closest('li');
    expect(agree?.textContent).toContain(NOT_LISTENED);
    expect(agree?.textContent).not.toContain(LISTENED);
    fireEvent.click(screen.getByRole('button', { name: /Agree a dated plan/ }));
    const last = container.querySelector('.last-choice') as HTMLElement;
    expect(last.textContent).toContain(NOT_LISTENED);
    expect(last.textContent).not.toContain(LISTENED);
  });
});
