// @vitest-environment jsdom
/**
 * Charts never draw NaN or Infinity: a metric that overflowed, or a count read from
 * corrupt saved data, reads "—" and leaves every SVG attribute a finite number.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Balance } from '../../src/debrief';
import { BalanceChart } from '../../src/ui/components/BalanceChart';
import { MetricsChart } from '../../src/ui/components/MetricsChart';
import { MetricsPanel } from '../../src/ui/components/MetricsPanel';

afterEach(cleanup);

/** Every attribute in the container whose value names a non-finite number. */
function brokenAttributes(container: Element): string[] {
  return [...container.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes]
      .filter((a) => a.name !== 'aria-label' && /NaN|Infinity|undefined/.test(a.value))
      .map((a) => `<${el.tagName} ${a.name}="${a.value}">`),
  );
}

describe('the metrics chart', () => {
  it('draws overflowing and missing values as gaps, read as "—"', () => {
    const { container } = render(
      <MetricsChart
        trajectory={[
          { id: 'trust', label: 'Trust', values: [0, 1, Infinity, NaN, 2] },
          { id: 'clarity', label: 'Clarity', values: [0, -Infinity, 1, 1, NaN] },
        ]}
      />,
    );
    expect(brokenAttributes(container)).toEqual([]);
    // The trust line breaks at the two bad values: one segment before, one after.
    const trust = container.querySelectorAll('g.series-0 polyline');
    expect(trust).toHaveLength(2);
    expect(container.querySelectorAll('g.series-0 circle')).toHaveLength(3);
    expect(container.textContent).toContain('Clarity (0 → —)');
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toContain(
      'Trust: 0, 1, —, —, 2',
    );
  });

  it('keeps values near the largest numbers on the chart', () => {
    const { container } = render(
      <MetricsChart trajectory={[{ id: 'huge', label: 'Huge', values: [-1.7e308, 0, 1.7e308] }]} />,
    );
    expect(brokenAttributes(container)).toEqual([]);
    const ys = [...container.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')));
    expect(ys).toHaveLength(3);
    expect(ys[0]).toBeGreaterThan(ys[1] ?? 0);
    expect(ys[1]).toBeGreaterThan(ys[2] ?? 0);
  });

  it('draws nothing broken when every value is bad', () => {
    const { container } = render(
      <MetricsChart trajectory={[{ id: 'x', label: 'X', values: [NaN, Infinity] }]} />,
    );
    expect(brokenAttributes(container)).toEqual([]);
    expect(container.querySelectorAll('polyline, circle')).toHaveLength(0);
  });
});

describe('the balance chart', () => {
  it('draws no bar for a count that is not a finite number, and reads it as "—"', () => {
    const balance = {
      management: { effective: NaN, counterproductive: 2 },
      leadership: { effective: Infinity, counterproductive: -Infinity },
    } as Balance;
    const { container } = render(<BalanceChart balance={balance} title="This run" />);
    expect(brokenAttributes(container)).toEqual([]);
    const widths = [...container.querySelectorAll('rect.bar')].map((r) => r.getAttribute('width'));
    // 560 px (the width before one is measured) less the room for a count after the longest bar.
    expect(widths.slice(0, 4).map(Number)).toEqual([0, 516, 0, 0]);
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'This run. Management (execution): — effective, 2 counterproductive; Leadership (direction): — effective, — counterproductive.',
    );
  });
});

describe('one scale', () => {
  const bars = (container: Element) =>
    [...container.querySelectorAll('rect.bar')]
      .slice(0, 4)
      .map((r) => Number(r.getAttribute('width')));

  it('draws all four bars on one scale: 4 mistakes are 4/11 of 11 good moves', () => {
    const balance: Balance = {
      management: { effective: 11, counterproductive: 0 },
      leadership: { effective: 3, counterproductive: 4 },
    };
    const [me = NaN, mc = NaN, le = NaN, lc = NaN] = bars(
      render(<BalanceChart balance={balance} title="A" />).container,
    );
    expect(mc).toBe(0);
    expect(le / me).toBeCloseTo(3 / 11, 9);
    expect(lc / me).toBeCloseTo(4 / 11, 9);
  });

  it('keeps a short run’s few mistakes short, and two compared runs on the same scale', () => {
    const few: Balance = {
      management: { effective: 0, counterproductive: 4 },
      leadership: { effective: 0, counterproductive: 0 },
    };
    const many: Balance = {
      management: { effective: 11, counterproductive: 4 },
      leadership: { effective: 0, counterproductive: 0 },
    };
    const a = bars(render(<BalanceChart balance={few} scaleAtLeast={11} title="A" />).container);
    cleanup();
    const b = bars(render(<BalanceChart balance={many} scaleAtLeast={11} title="B" />).container);
    expect(a[1]).toBe(b[1]);
    expect((a[1] ?? NaN) / (b[0] ?? NaN)).toBeCloseTo(4 / 11, 9);
    cleanup();
    const { container } = render(<BalanceChart balance={few} scaleAtLeast={11} title="A" />);
    expect(container.querySelector('.scale-max')?.textContent).toBe('11');
  });
});

describe('the metrics panel', () => {
  it('shows a value that is not a finite number as "—"', () => {
    const { container } = render(
      <MetricsPanel
        metrics={[
          { id: 'trust', label: 'Trust', initial: 0 },
          { id: 'constructor', label: 'Constructor', initial: 1 },
          { id: 'clarity', label: 'Clarity', initial: 0 },
        ]}
        values={{ trust: NaN, clarity: 2 }}
      />,
    );
    expect([...container.querySelectorAll('dd')].map((d) => d.textContent)).toEqual([
      '—',
      '+1',
      '+2',
    ]);
  });
});
