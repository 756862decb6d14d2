/**
 * The import rules of src/, checked by dependency-cruiser (`npm run lint:imports`, part
 * of `npm run lint` and so of `npm test`). LAYERS is the whole matrix: each folder of
 * src/ and the folders it may import. Read it as the architecture: compiler → check →
 * cli / vite / author mode, and contract → engine → debrief → delivery → ui. Shells (cli, vite)
 * are imported by nothing; ui by nothing but its own entry (index.html loads it).
 * tests/, bench/ and scripts/ are not cruised: they may import anything in src/.
 */

/** Each folder of src/ → the folders of src/ it may import (besides itself). */
const LAYERS = {
  contract: [],
  i18n: ['contract'],
  compiler: ['i18n', 'contract'],
  engine: ['i18n', 'contract'],
  debrief: ['i18n', 'contract', 'engine'],
  progress: ['i18n', 'contract'],
  check: ['i18n', 'contract', 'compiler', 'engine'],
  disk: ['contract', 'compiler'],
  cli: ['i18n', 'contract', 'compiler', 'engine', 'debrief', 'check', 'disk', 'insight'],
  vite: ['i18n', 'contract', 'check', 'disk', 'debrief'],
  delivery: ['i18n', 'contract', 'engine', 'debrief', 'progress'],
  insight: ['i18n', 'contract', 'engine', 'debrief', 'progress', 'delivery'],
  ui: ['i18n', 'contract', 'engine', 'debrief', 'progress', 'check', 'delivery', 'insight'],
};

/** The one file outside a layer's list that may cross it: author mode compiles in the browser. */
const UI_COMPILES = '^src/ui/authoring\\.ts$';

/** Author mode: the part of src/ui that may import src/check. */
const AUTHOR_MODE = '^src/ui/(author/|pages/AuthorPage\\.tsx$|authoring\\.ts$)';

/** Folders that run in the browser (or in both): no Node modules. */
const BROWSER = [
  'contract',
  'i18n',
  'compiler',
  'engine',
  'debrief',
  'progress',
  'check',
  'delivery',
  'insight',
  'ui',
];

/** How to fix a wrong-way import, said under each layer rule's report. */
const MOVE =
  'Move the code both need to a folder both may import, or the importing code to a folder that may import it.';

const folders = (names) => `^src/(${names.join('|')})/`;
const npm = (names) => `(^|/)node_modules/(${names.join('|')})/`;

const layerRules = Object.entries(LAYERS).map(([layer, may]) => ({
  name: `${layer}-imports`,
  comment: `${
    may.length === 0
      ? `src/${layer} imports nothing else of ours`
      : `src/${layer} imports only ${may.map((m) => `src/${m}`).join(', ')}`
  }${layer === 'ui' ? ' (and src/compiler in src/ui/authoring.ts)' : ''}. ${MOVE}`,
  severity: 'error',
  from: {
    path: `^src/${layer}/`,
    ...(layer === 'ui' ? { pathNot: UI_COMPILES } : {}),
  },
  to: { path: '^src/', pathNot: folders([layer, ...may]) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'ui-authoring-imports',
      comment:
        'src/ui/authoring.ts compiles a course in the browser for author mode: it may also import src/compiler.',
      severity: 'error',
      from: { path: UI_COMPILES },
      to: { path: '^src/', pathNot: folders(['ui', 'compiler', ...LAYERS.ui]) },
    },
    {
      name: 'check-only-in-author-mode',
      comment:
        "In src/ui only author mode (src/ui/author/, AuthorPage.tsx, authoring.ts) uses src/check: a learner's pages never load it.",
      severity: 'error',
      from: { path: '^src/ui/', pathNot: AUTHOR_MODE },
      to: { path: '^src/check/' },
    },
    {
      name: 'check-public-face',
      comment:
        'Import src/check through its public face: index.ts, or words.ts for the words alone and image-sources.ts for the image walk (both load without the compiler).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/check/' },
      to: { path: '^src/check/', pathNot: '^src/check/(index|words|image-sources)\\.ts$' },
    },
    {
      name: 'disk-imports-compiler-types',
      comment: 'src/disk hands files to the compiler: it imports its types, never its code.',
      severity: 'error',
      from: { path: '^src/disk/' },
      to: { path: '^src/compiler/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'known-folders',
      comment: `Every folder of src/ has a row in LAYERS (.dependency-cruiser.cjs): ${Object.keys(LAYERS).join(', ')}.`,
      severity: 'error',
      from: { path: '^src/', pathNot: folders(Object.keys(LAYERS)) },
      to: {},
    },
    {
      name: 'no-circular',
      comment: 'No import cycles: each module can be read after the ones it imports.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'react-only-in-ui',
      comment: 'Only src/ui imports React.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/ui/' },
      to: { path: npm(['react', 'react-dom', '@types/react', '@types/react-dom']) },
    },
    {
      name: 'xstate-only-in-engine',
      comment: 'Only src/engine builds XState machines; everything else asks the engine.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/engine/' },
      to: { path: npm(['xstate', '@xstate/[^/]+']) },
    },
    {
      name: 'no-node-in-browser-code',
      comment: `${BROWSER.map((f) => `src/${f}`).join(', ')} run in the browser: no Node modules (only src/disk, src/cli and src/vite have a file system).`,
      severity: 'error',
      from: { path: folders(BROWSER) },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    // Type-only imports count: they tie a folder to another as much as code does.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.d\\.ts$' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
