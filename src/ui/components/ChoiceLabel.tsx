/**
 * A choice's label, wherever it is shown. Choices are buttons, and a link inside a
 * button is neither: clicking it would open the page *and* take the choice. So a link
 * an author wrote in a label is shown as its text only, on the button and everywhere
 * else the label appears (the end of a run, the debrief, author mode), so it reads the
 * same in every place. Links in scenes and coaching notes stay links.
 */
import type { Inline } from '../../contract';
import { InlineText } from './Prose';

/** The inline content with every link replaced by the content it wraps. */
export function withoutLinks(inlines: readonly Inline[]): Inline[] {
  return inlines.flatMap((inline): Inline[] => {
    switch (inline.t) {
      case 'link':
        return withoutLinks(inline.c);
      case 'strong':
      case 'em':
      case 'del':
        return [{ t: inline.t, c: withoutLinks(inline.c) }];
      default:
        return [inline];
    }
  });
}

export function ChoiceLabel({ inlines }: { inlines: readonly Inline[] }) {
  return <InlineText inlines={withoutLinks(inlines)} />;
}
