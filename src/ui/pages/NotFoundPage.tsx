// An unknown address: say so and offer the way back.
import { useEffect, useRef } from 'react';
import { href } from '../routing';

export function NotFoundPage() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Page not found
      </h1>
      <p>
        There is nothing at this address.{' '}
        <a href={href({ page: 'library' })}>Go to the scenario library</a>.
      </p>
    </>
  );
}
