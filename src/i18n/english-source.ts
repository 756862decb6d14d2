/**
 * The English catalog as its authors wrote it (ICU source text, not compiled), for the
 * pseudo-locales: the build compiles the catalogs the app imports, so this reads the
 * files' raw text instead.
 */
const files = import.meta.glob<string>('./catalogs/en/*.json', {
  query: '?raw',
  import: 'default',
});

export async function englishSource(): Promise<Record<string, string>> {
  const texts = await Promise.all(Object.values(files).map((load) => load()));
  return Object.assign({}, ...texts.map((text) => JSON.parse(text) as Record<string, string>));
}
