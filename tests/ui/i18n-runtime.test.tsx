// @vitest-environment jsdom
/**
 * The app's words in React: a component that reads them with `useT` renders again in
 * the new language, `Rich` puts the code's elements where the translation puts their
 * tags, and a catalog that cannot be fetched leaves the words as they were.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import type { Messages } from '@lingui/core';
import { activate, activeLanguage, LANGUAGES, registerArea } from '../../src/i18n';
import { lazyPage } from '../../src/ui/lazy-page';
import { en } from '../../src/i18n/catalogs/en';
import { richText } from '../../src/ui/i18n/Rich';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import { useT } from '../../src/ui/i18n/use-t';

afterEach(() => {
  cleanup();
  activate('en', en as unknown as Messages);
  vi.restoreAllMocks();
});

function Runs({ count }: { count: number }) {
  const t = useT();
  return <p>{t('common.runs', { count })}</p>;
}

it('renders again in the language switched to, without a provider', async () => {
  render(<Runs count={2} />);
  expect(screen.getByText('2 runs')).toBeTruthy();
  await act(() => switchLanguage('de'));
  expect(screen.getByText('2 Durchläufe')).toBeTruthy();
  expect(activeLanguage()).toBe('de');
});

it('keeps the words it shows when a catalog cannot be fetched', async () => {
  const german = LANGUAGES.find((l) => l.tag === 'de')!;
  vi.spyOn(german, 'load').mockRejectedValue(
    new TypeError('Failed to fetch dynamically imported module'),
  );
  render(<Runs count={1} />);
  let shown: string | undefined;
  await act(async () => {
    shown = await switchLanguage('de');
  });
  expect(shown).toBe('en');
  expect(screen.getByText('1 run')).toBeTruthy();
});

it('ignores a language the app does not ship', async () => {
  await expect(switchLanguage('xx')).resolves.toBe('en');
});

it("puts the code's elements where the translation puts their tags", () => {
  const { container } = render(
    <p>
      {richText('Lesen Sie zuerst die <0>Anleitung</0> und <1/>.', [<a href="#/guide" />, <br />])}
    </p>,
  );
  expect(container.innerHTML).toBe(
    '<p>Lesen Sie zuerst die <a href="#/guide">Anleitung</a> und <br>.</p>',
  );
});

it('shows a tag with no element as its text, never as markup', () => {
  const { container } = render(<p>{richText('a <0>b</0> <img src=x onerror=alert(1)>', [])}</p>);
  expect(container.querySelector('img')).toBeNull();
  expect(container.textContent).toBe('a b <img src=x onerror=alert(1)>');
});

it('shows a page loaded on demand only once its words are in the active language', async () => {
  await act(() => switchLanguage('de'));
  let arrive: (m: { default: unknown }) => void = () => undefined;
  const Page = lazyPage(async () => {
    registerArea(
      'page-x',
      { 'page-x.title': 'Debrief' },
      { de: () => new Promise((r) => (arrive = r)) },
    );
    return function PageX() {
      const t = useT();
      return <h1>{t('page-x.title' as never)}</h1>;
    };
  });
  render(
    <Suspense fallback={<p>waiting</p>}>
      <Page />
    </Suspense>,
  );
  await act(() => Promise.resolve());
  expect(screen.queryByRole('heading')).toBeNull();
  await act(async () => arrive({ default: { 'page-x.title': 'Nachbesprechung' } }));
  expect((await screen.findByRole('heading')).textContent).toBe('Nachbesprechung');
});
