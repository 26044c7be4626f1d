/**
 * How to fix a check's failure, from what the catalogue knows about it: the spec sentence to follow, what its level
 * does to the gate, where the evidence is, how to confirm the fix, and how to record a deliberate deviation.
 */
import type { CheckDefinition } from '../checks/types.js';

export function howToFix(check: CheckDefinition): string[] {
  const effect = check.heuristic
    ? 'It is a heuristic: breaking it is only ever a warning.'
    : check.level === 'MUST'
      ? 'It is a MUST: a server that breaks it fails the gate.'
      : `It is a ${check.level}: breaking it is a warning, which fails the gate only with strict: true.`;
  const transports = check.transports.length === 1 ? ` It is judged over ${check.transports[0]} only.` : '';
  return [
    `Change the server so that it does what the spec sentence says: "${check.rule}"`,
    `${effect}${transports}`,
    'The failing result says what was seen, and its evidence (results.json checks[].evidence, or the report) holds the exact request sent and the answer received: start from those.',
    `Confirm the fix with the run tool (suite "conformance"; protocolVersion narrows it to one of ${check.versions.join(', ')}).`,
    `If the server breaks the rule on purpose, say so in mcp-ci.yml: expected-failures: [{ id: ${check.id}, versions: [...] }] keeps it reported but out of the gate; skip-checks: [{ id: ${check.id}, reason: "..." }] does not run it.`,
  ];
}
