/** How passive checks report what they found across the transcript: the first few in the message and evidence. */
import type { JsonObject } from './transcript-index.js';
import { trimmed } from './transcript-index.js';
import { pass, violation, type Judgement } from '../types.js';

export interface Finding {
  /** The session (transcript connection) the message was seen on. */
  session: string;
  problem: string;
  message: JsonObject;
}

export function judgeFindings(findings: Finding[], what: string, passMessage: string): Judgement {
  if (findings.length === 0) return pass(passMessage);
  const first = findings[0]!;
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more)` : '';
  return violation(`${first.problem}${more}`, {
    received: findings
      .slice(0, 3)
      .map((f) => ({ session: f.session, problem: f.problem, message: trimmed(f.message) })),
    note: what,
  });
}
