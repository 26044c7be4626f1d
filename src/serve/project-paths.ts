/**
 * Paths a client names (flow files) are resolved inside the project root and nowhere else: no absolute paths, no
 * `..` out of the root, and no symlink that leads out of it, since the server reads what the path finally points to.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/errors.js';

function escapes(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

/** The real path of the file `name` (relative to `root`); a ConfigError naming `what` when it is not inside. */
export async function resolveProjectFile(root: string, name: string, what: string): Promise<string> {
  if (name === '' || path.isAbsolute(name) || /^[A-Za-z]:/.test(name)) {
    throw new ConfigError(`${what} "${name}": give a path relative to the project root ${root}`, what);
  }
  const lexical = path.resolve(root, name);
  if (escapes(root, lexical)) {
    throw new ConfigError(`${what} "${name}" lies outside the project root ${root}; ".." may not leave it`, what);
  }
  let real: string;
  try {
    real = await realpath(lexical);
  } catch {
    throw new ConfigError(`${what} "${name}": no such file in the project root ${root}`, what);
  }
  if (escapes(await realpath(root), real)) {
    throw new ConfigError(`${what} "${name}" is a symlink to ${real}, outside the project root ${root}`, what);
  }
  if (!(await stat(real)).isFile()) throw new ConfigError(`${what} "${name}" is not a file`, what);
  return real;
}
