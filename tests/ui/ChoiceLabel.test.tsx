// @vitest-environment jsdom
/**
 * A link in a choice's label is shown as its text: the button holds no <a>, so a
 * click on those words takes the choice and opens nothing. Links elsewhere stay links.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Choice, Inline } from '../../src/contract';
import { withoutLinks } from '../../src/ui/components/ChoiceLabel';
import { ChoiceList } from '../../src/ui/components/ChoiceList';
import { violations } from './harness';

afterEach(cleanup);

const label: Inline[] = [
  { t: 'text', v: 'Follow ' },
  {
    t: 'strong',
    c: [{ t: 'link', href: 'https://example.org/charter', c: [{ t: 'text', v: 'the charter' }] }],
  },
  { t: 'text', v: ' step by step' },
];

describe('a choice label with a link', () => {
  it('keeps the words and the emphasis, and drops the link', () => {
    expect(withoutLinks(label)).toEqual([
      { t: 'text', v: 'Follow ' },
      { t: 'strong', c: [{ t: 'text', v: 'the charter' }] },
      { t: 'text', v: ' step by step' },
    ]);
  });

  it('is a button with no link inside, which takes the choice when its words are clicked', async () => {
    const chosen: string[] = [];
    const choice = { event: 'FOLLOW_THE_CHARTER', labelInline: label } as Choice;
    const { container } = render(
      <ChoiceList choices={[choice]} onChoose={(event) => chosen.push(event)} />,
    );
    const button = screen.getByRole('button', { name: /Follow the charter step by step/ });
    expect(button.querySelector('a')).toBeNull();
    expect(button.querySelector('strong')?.textContent).toBe('the charter');
    fireEvent.click(screen.getByText('the charter'));
    expect(chosen).toEqual(['FOLLOW_THE_CHARTER']);
    expect(await violations(container)).toEqual([]);
  });
});
