// Registered (`node --import`) before the official conformance CLI on Node < 22: its bundle imports `globSync` from
// `fs` (added in Node 22) for its `tier-check` command, which the benchmark never runs, and on Node 20 the missing
// name stops the whole CLI from loading. The hook gives that package's `fs` imports the module below, which is
// `node:fs` plus a `globSync` from tinyglobby.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if ((specifier === 'fs' || specifier === 'node:fs') && context.parentURL?.includes('/@modelcontextprotocol/conformance/'))
    return { url: ${JSON.stringify(new URL('./fs-with-glob-sync.mjs', import.meta.url).href)}, shortCircuit: true };
  return next(specifier, context);
}`)}`,
);
