// @vitest-environment jsdom
/**
 * Format v1.1 characters and images in Prose: a known speaker shows a decorative
 * portrait and the role next to the visible name; an image block keeps its alt text
 * and reserved size; unknown speakers render as before.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block, Character } from '../../src/contract';
import { Prose } from '../../src/ui/components/Prose';

const cast: Character[] = [
  {
    id: 'sam',
    name: 'Sam',
    role: 'Analyst',
    portrait: { src: 'assets/sam-abc.svg', width: 96, height: 96, bytes: 120 },
  },
];
const line = (name: string): Block => ({
  t: 'quote',
  c: [
    {
      t: 'p',
      c: [
        { t: 'strong', c: [{ t: 'text', v: `${name}:` }] },
        { t: 'text', v: ' "Hi."' },
      ],
    },
  ],
});

afterEach(cleanup);

describe('Prose with characters and images', () => {
  it('shows a known speaker with a decorative portrait and their role', () => {
    const { container } = render(<Prose blocks={[line('Sam')]} characters={cast} />);
    const portrait = container.querySelector('img.portrait');
    expect(portrait?.getAttribute('alt')).toBe('');
    expect(portrait?.getAttribute('src')).toBe('assets/sam-abc.svg');
    expect(portrait?.getAttribute('width')).toBe('96');
    expect(container.querySelector('figcaption')?.textContent).toBe('Sam, Analyst');
  });

  it('shows an unknown speaker without portrait or role', () => {
    const { container } = render(<Prose blocks={[line('Priya')]} characters={cast} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('figcaption')?.textContent).toBe('Priya');
  });

  it('renders an image block with its alt text and size', () => {
    render(
      <Prose
        blocks={[
          { t: 'img', src: 'assets/desk-1.png', alt: 'Sam at his desk', width: 8, height: 6 },
        ]}
      />,
    );
    const img = screen.getByRole('img', { name: 'Sam at his desk' });
    expect(img.getAttribute('width')).toBe('8');
    expect(img.getAttribute('height')).toBe('6');
    expect(img.getAttribute('loading')).toBe('lazy');
  });

  it("shows a blob: image the page made (author mode's picked files) and refuses any other scheme", () => {
    const at = (src: string) =>
      render(<Prose blocks={[{ t: 'img', src, alt: 'Desk', width: 8, height: 6 }]} />).container;
    expect(at('blob:http://127.0.0.1/1-2').querySelector('img')?.getAttribute('src')).toBe(
      'blob:http://127.0.0.1/1-2',
    );
    cleanup();
    for (const src of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg/>',
      '//evil.example/x.png',
    ]) {
      const container = at(src);
      expect(container.querySelector('img')).toBeNull();
      expect(container.textContent).toBe('Desk');
      cleanup();
    }
    const hostile = [
      { ...cast[0]!, portrait: { ...cast[0]!.portrait!, src: 'https://evil.example/p.svg' } },
    ];
    const { container } = render(<Prose blocks={[line('Sam')]} characters={hostile} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('figcaption')?.textContent).toBe('Sam, Analyst');
  });
});
