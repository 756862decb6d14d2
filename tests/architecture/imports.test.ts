/**
 * The import rules (.dependency-cruiser.cjs) report what they should: run on a tiny
 * src/ (tests/fixtures/imports) holding one import of each forbidden kind — a wrong-way
 * import, a cycle, a shell imported, React, XState and Node where they do not belong,
 * the compiler's code in src/disk, the check outside author mode or past its public
 * face, a folder the matrix does not name — they report exactly those, and none of the
 * allowed imports beside them.
 */
import { createRequire } from 'node:module';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import { rootPath } from '../support/paths';

const config = createRequire(import.meta.url)(rootPath('.dependency-cruiser.cjs')) as {
  forbidden: IForbiddenRuleType[];
  options: { tsPreCompilationDeps: boolean; doNotFollow: { path: string } };
};

async function violations(): Promise<string[]> {
  const { output } = await cruise(['src'], {
    baseDir: rootPath('tests/fixtures/imports'),
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    tsPreCompilationDeps: config.options.tsPreCompilationDeps,
    doNotFollow: config.options.doNotFollow,
  });
  const result = output as ICruiseResult;
  return (result.summary.violations ?? []).map(
    (v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\/([^/]+)\/.*$/, '$1')}`,
  );
}

describe('the import rules', () => {
  it('report every forbidden import of the fixture, and nothing else', async () => {
    expect((await violations()).sort()).toEqual([
      'check-only-in-author-mode: src/ui/page.ts → src/check/index.ts',
      'check-public-face: src/cli/main.ts → src/check/read.ts',
      'cli-imports: src/cli/main.ts → src/vite/plugin.ts',
      'disk-imports-compiler-types: src/disk/load.ts → src/compiler/parse.ts',
      'engine-imports: src/engine/run.ts → src/compiler/parse.ts',
      'known-folders: src/extra/thing.ts → src/contract/types.ts',
      'no-circular: src/compiler/a.ts → src/compiler/b.ts',
      'no-node-in-browser-code: src/check/read.ts → fs',
      'react-only-in-ui: src/compiler/parse.ts → react',
      'ui-imports: src/ui/page.ts → src/cli/main.ts',
      'ui-imports: src/ui/page.ts → src/compiler/parse.ts',
      'xstate-only-in-engine: src/debrief/tag.ts → xstate',
    ]);
  });
});
