/**
 * GitHub annotations for flows: each failing step, and each error in a flow file that could not be loaded, at
 * the line where it was written, so the pull request diff shows the failure in place. Pure.
 */
import type { FlowResult } from '../model.js';

export interface FlowAnnotation {
  file: string;
  line: number;
  title: string;
  message: string;
}

/** GitHub shows at most this much of an annotation's message. */
const MESSAGE_CHARS = 4_000;
const LOAD_ERROR = /^(.*?):(\d+):(\d+): (.*)$/;

export function flowAnnotations(results: readonly FlowResult[]): FlowAnnotation[] {
  return results.flatMap((flow) => [
    ...loadErrorAnnotations(flow),
    ...flow.steps
      .filter((step) => step.status === 'fail')
      .map((step) => ({
        file: flow.file,
        line: step.line ?? 1,
        title: `mcp-ci flow "${flow.name}": step ${step.id} failed${step.flaky ? ' (flaky)' : ''}`,
        message: trim(step.message),
      })),
  ]);
}

/** A load error is `file:line:column: message`, one a line (see loadErrorResults). */
function loadErrorAnnotations(flow: FlowResult): FlowAnnotation[] {
  if (flow.error === undefined) return [];
  return flow.error.split('\n').map((line) => {
    const match = LOAD_ERROR.exec(line);
    return {
      file: flow.file,
      line: match ? Number(match[2]) : 1,
      title: `mcp-ci flow "${flow.name}" could not run`,
      message: trim(match?.[4] ?? line),
    };
  });
}

function trim(message: string): string {
  return message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS)}…` : message;
}
