/** What counts as a command to paste: the lines of shell blocks, wherever they are nested. */
import { describe, expect, it } from 'vitest';
import { docCommands } from './doc-commands';

const markdown = `# Title

Run \`npm run inline\` (prose, not a block).

\`\`\`sh
npm run a                # a comment
CASEBOOK_SCENARIOS=/x npm run b

npm run c -- \\
  --strict
\`\`\`

1. A list item:

   \`\`\`bash
   npm install && npm run d
   \`\`\`

\`\`\`text
npm run e   (an output, not a command)
\`\`\`

\`\`\`
npm run f
\`\`\`

\`\`\`json
{ "npm": "run" }
\`\`\`
`;

describe('docCommands', () => {
  it('takes each line of shell blocks without its comment, joining continued lines', () => {
    expect(docCommands(markdown).commands).toEqual([
      'npm run a',
      'CASEBOOK_SCENARIOS=/x npm run b',
      'npm run c -- --strict',
      'npm install && npm run d',
    ]);
  });

  it('reports an npm command in a block without a language', () => {
    expect(docCommands(markdown).unlabelled).toEqual(['npm run f']);
  });
});
