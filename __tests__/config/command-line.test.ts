import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { splitCommandLine } from '../../src/config/command-line.js';
import { ConfigError } from '../../src/config/errors.js';

const env = { HOME: '/home/ci', PORT: '8080', SPACED: 'a b', EMPTY: '', TOKEN: 'tok' };

function rejection(commandLine: string): string {
  try {
    splitCommandLine(commandLine, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`expected ${commandLine} to be rejected`);
}

describe('splitCommandLine', () => {
  it.each([
    ['python server.py', ['python', 'server.py']],
    ['  node   dist/index.js\t--stdio  ', ['node', 'dist/index.js', '--stdio']],
    [`uv run --with "mcp[cli]" server.py`, ['uv', 'run', '--with', 'mcp[cli]', 'server.py']],
    [`node 'my server.js' --name "a b"`, ['node', 'my server.js', '--name', 'a b']],
    ['node my\\ server.js', ['node', 'my server.js']],
    [`go run ./cmd/server -flag="x \\"y\\""`, ['go', 'run', './cmd/server', '-flag=x "y"']],
    [`node -e 'console.log(1 | 2)'`, ['node', '-e', 'console.log(1 | 2)']],
    [`python server.py "*.json" '&&'`, ['python', 'server.py', '*.json', '&&']],
    ['python server.py ""', ['python', 'server.py', '']],
  ])('splits %s like sh', (commandLine, argv) => {
    expect(splitCommandLine(commandLine, env)).toEqual(argv);
  });

  it('expands $VAR and ${VAR} outside single quotes, without splitting the value', () => {
    expect(splitCommandLine(`srv --port $PORT --home=\${HOME}/x "$SPACED" $SPACED '$PORT' \\$PORT`, env)).toEqual([
      'srv',
      '--port',
      '8080',
      '--home=/home/ci/x',
      'a b',
      'a b',
      '$PORT',
      '$PORT',
    ]);
    expect(splitCommandLine('srv $EMPTY', env)).toEqual(['srv', '']);
  });

  it('names unset variables instead of passing empty arguments', () => {
    expect(rejection('srv --token $NOPE --x ${ALSO_NOPE} $NOPE')).toBe(
      '$NOPE, $ALSO_NOPE are not set in the environment of the command',
    );
  });

  it.each([
    ['python server.py | tee log', '"|"'],
    ['npm run build && node dist/server.js', '"&&"'],
    ['node server.js > out.log', '">"'],
    ['node server.js 2>&1', '">&"'],
    ['node a.js; node b.js', '";"'],
    ['node server.js &', '"&"'],
    ['node server.js < input', '"<"'],
    ['node <(echo x)', '"<("'],
  ])('rejects the shell operator in %s', (commandLine, operator) => {
    const message = rejection(commandLine);
    expect(message).toContain(`shell operator ${operator} is not supported`);
    expect(message).toContain(`sh -c`);
  });

  it('rejects globs and says how to pass them literally', () => {
    expect(rejection('node server.js --files *.json')).toMatch(/"\*\.json" is a glob.*quote it \('\*\.json'\).*sh -c/);
    expect(rejection('node server.js ?.js')).toContain('"?.js" is a glob');
  });

  it.each(['node $(which server)', 'node "$(which server)"', 'node $((1 + 2))', 'node `which server`'])(
    'rejects command substitution in %s',
    (commandLine) => {
      expect(rejection(commandLine)).toMatch(/substitution.*sh -c/);
    },
  );

  it('rejects parameter operators, special parameters and a bare $', () => {
    expect(rejection('node ${PORT:-3000}')).toContain('"$PORT:-3000" is not a plain variable');
    expect(rejection('node $1')).toContain('"$1" is not a plain variable');
    expect(rejection('node price$')).toContain('write \\$ for a literal dollar sign');
    expect(rejection('node ${PORT')).toContain('only $NAME and ${NAME} expand');
  });

  it('rejects what only a shell would make sense of', () => {
    expect(rejection('node server.js # comment')).toContain('"#" starts a comment');
    expect(rejection(`node "server.js`)).toBe('unterminated " quote');
    expect(rejection(`node 'server.js`)).toBe("unterminated ' quote");
    expect(rejection('DEBUG=1 node server.js')).toContain('set variables with env (--env NAME=value)');
    expect(rejection('node ~/server.js')).toContain('"~" is not expanded');
    expect(rejection('   ')).toBe('the command line is empty');
    expect(rejection('""')).toBe('the command line is empty');
  });

  it('keeps quote characters that are escaped or inside the other quote', () => {
    expect(splitCommandLine(`echo "it's" 'say "hi"' \\"x`, env)).toEqual(['echo', "it's", 'say "hi"', '"x']);
  });

  it('gives a real process exactly these arguments, with no shell in between', async () => {
    const script = 'process.stdout.write(JSON.stringify(process.argv.slice(1)))';
    const argv = splitCommandLine(`node -e '${script}' "a b" '$TOKEN' $TOKEN ';' "|"`, env);
    const [file, ...args] = argv;
    expect(file).toBe('node');
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, args, { timeout: 10_000 });
    expect(JSON.parse(stdout)).toEqual(['a b', '$TOKEN', 'tok', ';', '|']);
  });
});
