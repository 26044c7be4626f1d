/**
 * Capability honesty, both ways, for one server feature: a declared capability is served (its core methods never
 * answer -32601, schema.ts ServerCapabilities), and a feature that is served is declared ("Servers that support
 * tools MUST declare the tools capability", and likewise for resources, prompts and completions).
 *
 * The "served => declared" probe goes over the check's own session: list and completion requests change nothing
 * on the server, and the client sends them whether or not the capability was declared.
 */
import type { Section } from '../../model.js';
import type { RpcOutcome } from '../../wire/types.js';
import { isMethodNotFound, receivedOf } from '../judge/outcome.js';
import { pass, skip, violation, type CheckContext, type CheckDefinition } from '../types.js';
import { ALL_VERSIONS, withModern } from '../versions.js';

export interface FeatureProbe {
  method: string;
  params?: Record<string, unknown>;
  /** An answer the session already has (e.g. a shared tool call), instead of sending the request again. */
  answered?: () => Promise<RpcOutcome | undefined>;
}

const ask = async (ctx: CheckContext, probe: FeatureProbe): Promise<RpcOutcome | undefined> =>
  probe.answered ? probe.answered() : ctx.main.request(probe.method, probe.params);

const asSent = ({ method, params }: FeatureProbe) => ({ method, ...(params ? { params } : {}) });

export interface CapabilityFeature {
  section: Section;
  capability: string;
  /** The feature's name in messages, e.g. `tools`. */
  feature: string;
  /** Requirement ids and spec ref of "a server supporting X declares the X capability". */
  declaredRequirements: string[];
  declaredSpec: string;
  declaredRule: string;
  /** Requests that show the feature is served; `undefined` entries are left out (nothing to probe with). */
  probes(ctx: CheckContext): Promise<(FeatureProbe | undefined)[]>;
}

export function capabilityChecks(feature: CapabilityFeature): CheckDefinition[] {
  const { section, capability, feature: name } = feature;
  return [
    {
      id: `${section}-capability-implemented`,
      title: `the declared ${capability} capability is served`,
      section,
      level: 'MUST',
      requirements: ['SCH-02'],
      spec: 'basic/lifecycle#capability-negotiation',
      modernSpec: 'schema#servercapabilities',
      rule: `A declared capability means the feature is implemented: ${capability} is "present if the server offers" it, so its methods never answer -32601 (Method not found).`,
      versions: withModern(ALL_VERSIONS),
      transports: ['stdio', 'http', 'sse'],
      scope: 'per-version',
      applies: (ctx) =>
        ctx.main.serverCapabilities[capability] === undefined
          ? `the server does not declare the ${capability} capability`
          : undefined,
      async run(ctx) {
        const probes = (await feature.probes(ctx)).filter((p): p is FeatureProbe => p !== undefined);
        const missing: { sent: ReturnType<typeof asSent>; received: unknown }[] = [];
        for (const probe of probes) {
          const outcome = await ask(ctx, probe);
          if (outcome && isMethodNotFound(outcome))
            missing.push({ sent: asSent(probe), received: receivedOf(outcome) });
        }
        if (missing.length) {
          return violation(
            `declares the ${capability} capability but answers ${missing.map((m) => m.sent.method).join(', ')} with -32601 (Method not found)`,
            { sent: missing.map((m) => m.sent), received: missing.map((m) => m.received) },
          );
        }
        return pass(`served: ${probes.map((p) => p.method).join(', ')}`);
      },
    },
    {
      id: `${section}-capability-declared`,
      title: `${name} are served only when the ${capability} capability is declared`,
      section,
      level: 'MUST',
      requirements: feature.declaredRequirements,
      spec: feature.declaredSpec,
      rule: feature.declaredRule,
      versions: withModern(ALL_VERSIONS),
      transports: ['stdio', 'http', 'sse'],
      scope: 'per-version',
      applies: (ctx) =>
        ctx.main.serverCapabilities[capability] !== undefined
          ? `the server declares the ${capability} capability`
          : undefined,
      async run(ctx) {
        const probes = (await feature.probes(ctx)).filter((p): p is FeatureProbe => p !== undefined);
        if (!probes.length) return skip(`nothing to probe ${name} with`);
        for (const probe of probes) {
          const outcome = await ask(ctx, probe);
          if (outcome?.ok) {
            return violation(`serves ${probe.method} but does not declare the ${capability} capability`, {
              sent: asSent(probe),
              received: outcome.result,
            });
          }
        }
        return pass(`not served: ${probes.map((p) => p.method).join(', ')} answered with errors`);
      },
    },
  ];
}
