// @vitest-environment jsdom
/**
 * Prose renders compiled Markdown as elements: speech for dialogue, text for raw
 * HTML, links only when safe — and nothing a scenario writes becomes markup.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { proseBlocks } from '../../src/compiler/prose';
import { Prose } from '../../src/ui/components/Prose';
import { violations } from './harness';

afterEach(cleanup);

describe('Prose', () => {
  it('shows dialogue as speech with the speaker named', () => {
    render(<Prose blocks={proseBlocks('> **Priya:** "I know the report is late."')} />);
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('figcaption')?.textContent).toBe('Priya');
    expect(figure.querySelector('blockquote')?.textContent).toBe('"I know the report is late."');
  });

  it('renders emphasis, lists, code and safe links', async () => {
    const { container } = render(
      <Prose
        blocks={proseBlocks(
          'Some **bold** and _em_ with `code`.\n\n- one\n- two\n\n[Guide](https://example.org/guide) &amp; more',
        )}
      />,
    );
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    const link = screen.getByRole('link', { name: 'Guide' });
    expect(link.getAttribute('href')).toBe('https://example.org/guide');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container.textContent).toContain('Guide & more');
    expect(await violations(container)).toEqual([]);
  });

  it('never turns scenario text into markup', () => {
    const hostile = [
      '<script>window.__pwned=1</script>',
      '<img src=x onerror="window.__pwned=2">',
      '[click](javascript:window.__pwned=3)',
      '[x](java&#x73;cript:window.__pwned=4)',
      '![alt](javascript:window.__pwned=5)',
      '<iframe src="javascript:window.__pwned=6"></iframe>',
      '&lt;script&gt;window.__pwned=7&lt;/script&gt;',
    ].join('\n\n');
    const { container } = render(<Prose blocks={proseBlocks(hostile)} />);
    expect(container.querySelectorAll('script, img, iframe, a')).toHaveLength(0);
    expect(
      [...container.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)),
    ).toEqual([]);
    expect(container.textContent).toContain('<script>window.__pwned=1</script>');
    expect(container.textContent).toContain('<script>window.__pwned=7</script>');
  });
});
