/**
 * Splits a server command line (`--stdio`, `--start`) into argv the way a POSIX shell would, without ever running a
 * shell: the command runs exactly as written, so a server's arguments cannot turn into shell code.
 *
 * Quotes ('…', "…") and backslash escapes work as in sh. `$NAME` and `${NAME}` expand from the environment the
 * command will get; an unset variable is an error (like `set -u`), because an argument that silently vanished makes
 * a boot failure hard to read. Expanded values are never split into several arguments. Everything that needs a real
 * shell (pipes, redirections, `&&`, globs, command substitution, `~`) is rejected with a message that says to wrap the
 * command in a script or call `sh -c` explicitly.
 */
import { parse, type ParseEntry } from 'shell-quote';
import { ConfigError } from './errors.js';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const EXPLICIT_SHELL_HINT = `put it in a script, or run a shell explicitly: sh -c '…'`;

export function splitCommandLine(commandLine: string, env: Readonly<Record<string, string | undefined>>): string[] {
  assertQuotesClosed(commandLine);

  const unset: string[] = [];
  const notVariables: string[] = [];
  let entries: ParseEntry[];
  try {
    entries = parse(commandLine, (name) => {
      if (!VARIABLE_NAME.test(name)) {
        notVariables.push(name);
        return '';
      }
      const value = env[name];
      if (value === undefined) unset.push(name);
      return value ?? '';
    });
  } catch (error) {
    // shell-quote throws on `${` without a closing brace.
    throw new ConfigError(`${(error as Error).message}: only $NAME and \${NAME} expand`);
  }

  const [firstNotVariable] = notVariables;
  if (firstNotVariable !== undefined) {
    throw new ConfigError(
      firstNotVariable === ''
        ? `"$" must be followed by a variable name ($NAME or \${NAME}); write \\$ for a literal dollar sign. Command substitution $(…) is not supported: ${EXPLICIT_SHELL_HINT}`
        : `"$${firstNotVariable}" is not a plain variable; only $NAME and \${NAME} expand, without operators`,
    );
  }

  for (const entry of entries) {
    if (typeof entry === 'string') continue;
    if ('comment' in entry) {
      throw new ConfigError(`"#" starts a comment in a shell command line; quote it ('#…') to pass it literally`);
    }
    if (entry.op === 'glob') {
      throw new ConfigError(
        `"${entry.pattern}" is a glob, and no shell runs to expand it; quote it ('${entry.pattern}') to pass it literally, or ${EXPLICIT_SHELL_HINT}`,
      );
    }
    throw new ConfigError(
      `shell operator "${entry.op}" is not supported: the command is started without a shell; ${EXPLICIT_SHELL_HINT}`,
    );
  }

  if (unset.length > 0) {
    const names = [...new Set(unset)].map((name) => `$${name}`);
    const verb = names.length === 1 ? 'is' : 'are';
    throw new ConfigError(`${names.join(', ')} ${verb} not set in the environment of the command`);
  }

  const argv = entries as string[];
  if (argv.some((word) => word.includes('`'))) {
    throw new ConfigError(`backquote command substitution is not supported: ${EXPLICIT_SHELL_HINT}`);
  }
  if (argv.length === 0 || argv[0] === '') throw new ConfigError('the command line is empty');
  if (ASSIGNMENT.test(argv[0] ?? '')) {
    throw new ConfigError(
      `"${argv[0]}" looks like an environment assignment; set variables with env (--env NAME=value) instead`,
    );
  }
  const tilde = argv.find((word) => word.startsWith('~'));
  if (tilde !== undefined) {
    throw new ConfigError(`"${tilde}": "~" is not expanded without a shell; write the path out or use $HOME`);
  }
  return argv;
}

/** shell-quote accepts an unterminated quote silently; a shell would not, and neither do we. */
function assertQuotesClosed(commandLine: string): void {
  let open: "'" | '"' | undefined;
  for (let i = 0; i < commandLine.length; i++) {
    const char = commandLine[i];
    if (open === "'") {
      if (char === "'") open = undefined;
    } else if (char === '\\') {
      i++;
    } else if (open === '"') {
      if (char === '"') open = undefined;
    } else if (char === "'" || char === '"') {
      open = char;
    }
  }
  if (open !== undefined) throw new ConfigError(`unterminated ${open} quote`);
}
