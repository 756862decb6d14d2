/**
 * A command's arguments read with Node's `util.parseArgs` (strict), and its mistakes
 * told in plain words: which option is not known, which one needs a value, which takes
 * none. Node's own messages speak of tokens and quoting, so on a parse error the
 * arguments are read again without strictness to find what exactly was wrong.
 * Used by every command in src/cli.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The options of one command; `needs` ends "--x needs …" for an option given without its value. */
export interface CommandConfig extends Omit<ParseArgsConfig, 'args' | 'strict' | 'tokens'> {
  needs?: Record<string, string>;
}

export type Parsed<T extends CommandConfig> = ReturnType<
  typeof parseArgs<{ options: T['options']; allowPositionals: T['allowPositionals'] }>
>;

/** A usage mistake, in words for the person who typed the command. */
export interface Mistake {
  mistake: string;
}

export function parseCommand<T extends CommandConfig>(
  args: readonly string[],
  config: T,
): Parsed<T> | Mistake {
  const { options, allowPositionals } = config;
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true }) as Parsed<T>;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    return { mistake: explain(args, config) ?? (error as Error).message };
  }
}

export function isMistake<T extends object>(parsed: T | Mistake): parsed is Mistake {
  return 'mistake' in parsed;
}

function explain(args: readonly string[], config: CommandConfig): string | undefined {
  const options = config.options ?? {};
  const { tokens } = parseArgs({
    args: [...args],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const unknown = tokens.flatMap((t) =>
    t.kind === 'option' && !Object.hasOwn(options, t.name) ? [t.rawName] : [],
  );
  if (unknown.length > 0)
    return `Unknown option${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}.`;
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const type = options[t.name]?.type;
    if (type === 'boolean' && t.value !== undefined) return `${t.rawName} takes no value.`;
    if (type === 'string' && (t.value === undefined || (!t.inlineValue && t.value.startsWith('-'))))
      return `${t.rawName} needs ${config.needs?.[t.name] ?? 'a value after it'}.`;
  }
  const positional = tokens.find((t) => t.kind === 'positional');
  if (!config.allowPositionals && positional?.kind === 'positional')
    return `Unexpected "${positional.value}": this command takes options only.`;
  return undefined;
}
