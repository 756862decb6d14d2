/**
 * The commands a reader is told to paste: every line of every shell code block
 * (```sh, bash, shell, console, zsh) of a Markdown file, in document order, without
 * its trailing `# comment`. Fenced blocks without a language that mention npm are
 * reported too, so a command cannot escape the docs test by losing its `sh` label.
 */
import { Marked, type Tokens } from 'marked';

const SHELL = new Set(['sh', 'bash', 'shell', 'console', 'zsh']);

export interface DocCommands {
  /** The commands, as written, in document order (repeats kept). */
  commands: string[];
  /** The text of fenced blocks with no language that contain an npm command. */
  unlabelled: string[];
}

/** `npm run check   # a comment` → `npm run check`; a `\` at the end of a line joins the next. */
function shellLines(block: string): string[] {
  return block
    .replace(/\s*\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '');
}

export function docCommands(markdown: string): DocCommands {
  const marked = new Marked();
  const found: DocCommands = { commands: [], unlabelled: [] };
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type !== 'code') return;
    const { lang, text } = token as Tokens.Code;
    const language = (lang ?? '').split(/\s/)[0] ?? '';
    if (SHELL.has(language)) found.commands.push(...shellLines(text));
    else if (language === '' && /\bnpm\s/.test(text)) found.unlabelled.push(text);
  });
  return found;
}
