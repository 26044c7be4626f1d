/**
 * Passive checks on the requests a server sends to the client (sampling, elicitation) and the elicitation
 * notifications and errors that go with them: every session of the run is judged against the client
 * capabilities that session declared. The tester declares `sampling: {}` (no `tools`, no `context`) and
 * `elicitation: { form: {} }` (no URL mode) on its main sessions.
 */
import { judgeFindings, type Finding } from '../judge/findings.js';
import { indexSessions, isObject, isRequest, type JsonObject, type SessionView } from '../judge/transcript-index.js';
import { skip, type CheckContext, type CheckDefinition, type Judgement } from '../types.js';
import { versionsFrom } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;
const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean']);
const STRING_FORMATS = new Set(['email', 'uri', 'date', 'date-time']);
/** Words that name secrets in a form field (CLI-10) or a URL query (CLI-11). */
const SENSITIVE_FIELD = /pass(word|wd|phrase)|secret|api[_-]?key|token|credential|card|cvv|cvc|\bpin\b|ssn/i;
const SENSITIVE_QUERY = /^(token|access_token|id_token|code|password|passwd|email|session|session_id|api_key|apikey)$/i;
const ELICITATION_REQUIRED = -32042;

/** Like judgeFindings, but a check with nothing to judge (no such message sent) is skipped, not passed. */
function judge(findings: Finding[], nothingSeen: boolean, what: string, passMessage: string): Judgement {
  if (nothingSeen) return skip(`the server sent no ${what} during the run`);
  return judgeFindings(findings, what, passMessage);
}

/** Requests with this method, per session that declared the capability they need. */
function requestsOf(
  ctx: CheckContext,
  method: string,
  capability: string,
): { session: SessionView; request: JsonObject }[] {
  return indexSessions(ctx.transcript()).flatMap((session) =>
    isObject(session.clientCapabilities?.[capability])
      ? session.received
          .map((r) => r.message)
          .filter((m) => isRequest(m) && m.method === method)
          .map((request) => ({ session, request }))
      : [],
  );
}

const paramsOf = (request: JsonObject): JsonObject => (isObject(request.params) ? request.params : {});

function samplingProblems(params: JsonObject, declared: JsonObject): string[] {
  const problems: string[] = [];
  if (!Array.isArray(params.messages)) problems.push('has no messages array');
  else {
    params.messages.forEach((m, i) => {
      if (!isObject(m) || (m.role !== 'user' && m.role !== 'assistant'))
        problems.push(`messages[${i}] has no user/assistant role`);
      else if (!isObject(m.content) && !Array.isArray(m.content)) problems.push(`messages[${i}] has no content`);
    });
  }
  if (!Number.isInteger(params.maxTokens))
    problems.push(`maxTokens is ${JSON.stringify(params.maxTokens)}, not an integer`);
  if (!isObject(declared.tools) && (params.tools !== undefined || params.toolChoice !== undefined)) {
    problems.push('offers tools (tools/toolChoice) though the client did not declare sampling.tools');
  }
  return problems;
}

function formSchemaProblems(schema: unknown): string[] {
  if (!isObject(schema) || schema.type !== 'object' || !isObject(schema.properties)) {
    return ['requestedSchema is not an object schema with properties'];
  }
  const problems: string[] = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    if (!isObject(property)) {
      problems.push(`property ${name} is not a schema`);
      continue;
    }
    const isEnum = Array.isArray(property.enum) || Array.isArray(property.oneOf) || Array.isArray(property.anyOf);
    const isMultiSelect = property.type === 'array' && isObject(property.items);
    if (!isEnum && !isMultiSelect && !PRIMITIVE_TYPES.has(String(property.type))) {
      problems.push(
        `property ${name} has type ${JSON.stringify(property.type)}: forms allow only flat primitive fields`,
      );
    } else if (typeof property.format === 'string' && !STRING_FORMATS.has(property.format)) {
      problems.push(`property ${name} has format ${JSON.stringify(property.format)}, not one forms support`);
    }
  }
  return problems;
}

function elicitationProblems(params: JsonObject, declared: JsonObject, version: string | undefined): string[] {
  const mode = params.mode ?? 'form';
  const problems: string[] = [];
  if (typeof params.message !== 'string') problems.push('has no message');
  // An empty `elicitation: {}` declaration means form mode only.
  const urlDeclared = isObject(declared.url);
  const formDeclared = isObject(declared.form) || !urlDeclared;
  if (mode === 'url') {
    if (!urlDeclared) problems.push('uses URL mode though the client declared form mode only');
    if (typeof params.url !== 'string' || !URL.canParse(params.url)) problems.push('URL mode without a valid url');
    if (version === '2025-11-25' && typeof params.elicitationId !== 'string')
      problems.push('URL mode without an elicitationId');
  } else if (mode === 'form') {
    if (!formDeclared) problems.push('uses form mode though the client declared URL mode only');
    problems.push(...formSchemaProblems(params.requestedSchema));
  } else {
    problems.push(`has mode ${JSON.stringify(mode)}, neither form nor url`);
  }
  return problems;
}

/** Form fields that ask for a secret, and URLs that carry credentials or personal data or are not HTTPS. */
function sensitiveProblems(params: JsonObject): string[] {
  const problems: string[] = [];
  if (isObject(params.requestedSchema) && isObject(params.requestedSchema.properties)) {
    for (const [name, property] of Object.entries(params.requestedSchema.properties)) {
      // The name and title say what is asked; a description may well warn *against* entering a secret.
      const text = [name, isObject(property) ? property.title : ''].join(' ');
      if (SENSITIVE_FIELD.test(text))
        problems.push(`the form asks for ${JSON.stringify(name)}, which looks like a secret`);
    }
  }
  if (typeof params.url === 'string' && URL.canParse(params.url)) {
    const url = new URL(params.url);
    const leaky = [...url.searchParams.keys()].filter((key) => SENSITIVE_QUERY.test(key));
    if (leaky.length) problems.push(`the URL carries ${leaky.join(', ')} in its query`);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    if (url.protocol !== 'https:' && !local) problems.push(`the URL uses ${url.protocol} rather than https:`);
  }
  return problems;
}

export const checks: CheckDefinition[] = [
  {
    id: 'client-features-sampling-request-valid',
    title: 'sampling/createMessage requests are well-formed and use only declared sampling features',
    section: 'client-features',
    level: 'MUST',
    requirements: ['CLI-05', 'CLI-02'],
    spec: 'client/sampling',
    rule: 'CreateMessageRequest params carry messages (role and content) and an integer maxTokens; servers MUST NOT send tool-enabled sampling requests unless the client declared sampling.tools.',
    versions: versionsFrom('2024-11-05'),
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const requests = requestsOf(ctx, 'sampling/createMessage', 'sampling');
      const findings = requests.flatMap(({ session, request }) =>
        samplingProblems(paramsOf(request), session.clientCapabilities!.sampling as JsonObject).map((problem) => ({
          session: session.id,
          problem: `sampling/createMessage ${problem}`,
          message: request,
        })),
      );
      return judge(findings, requests.length === 0, 'sampling requests', `${requests.length} sampling requests valid`);
    },
  },
  {
    id: 'client-features-sampling-include-context',
    title: 'sampling requests ask for server context only when the client declared it',
    section: 'client-features',
    level: 'SHOULD',
    requirements: ['CLI-03'],
    spec: 'client/sampling#capabilities',
    rule: 'Servers SHOULD NOT use includeContext values "thisServer" or "allServers" unless the client declared the sampling.context capability.',
    versions: versionsFrom('2025-11-25'),
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const requests = requestsOf(ctx, 'sampling/createMessage', 'sampling');
      const findings = requests
        .filter(({ session, request }) => {
          const context = paramsOf(request).includeContext;
          const declared = isObject((session.clientCapabilities!.sampling as JsonObject).context);
          return context !== undefined && context !== 'none' && !declared;
        })
        .map(({ session, request }) => ({
          session: session.id,
          problem: `sampling/createMessage asks for includeContext ${JSON.stringify(paramsOf(request).includeContext)} though the client did not declare sampling.context`,
          message: request,
        }));
      return judge(
        findings,
        requests.length === 0,
        'sampling requests',
        `${requests.length} sampling requests checked`,
      );
    },
  },
  {
    id: 'client-features-elicitation-request-valid',
    title: 'elicitation/create requests use a declared mode and a valid form or URL',
    section: 'client-features',
    level: 'MUST',
    requirements: ['CLI-07', 'CLI-08', 'CLI-09'],
    spec: 'client/elicitation',
    rule: 'Servers MUST NOT send elicitation requests with modes the client does not support; form requests carry a message and a flat requestedSchema of primitive fields; URL requests carry a message, a valid url and an elicitationId.',
    versions: versionsFrom('2025-06-18'),
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const requests = requestsOf(ctx, 'elicitation/create', 'elicitation');
      const findings = requests.flatMap(({ session, request }) =>
        elicitationProblems(
          paramsOf(request),
          session.clientCapabilities!.elicitation as JsonObject,
          session.version,
        ).map((problem) => ({ session: session.id, problem: `elicitation/create ${problem}`, message: request })),
      );
      return judge(
        findings,
        requests.length === 0,
        'elicitation requests',
        `${requests.length} elicitation requests valid`,
      );
    },
  },
  {
    id: 'client-features-elicitation-no-sensitive-data',
    title: 'elicitations ask for no secrets and send no credentials in URLs',
    section: 'client-features',
    level: 'MUST',
    heuristic: true,
    requirements: ['CLI-10', 'CLI-11', 'CLI-12'],
    spec: 'client/elicitation',
    rule: 'Servers MUST NOT use form mode to request sensitive information (passwords, API keys, tokens, payment credentials); URLs MUST NOT contain credentials or personal data, and SHOULD use HTTPS.',
    versions: versionsFrom('2025-06-18'),
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const requests = requestsOf(ctx, 'elicitation/create', 'elicitation');
      const findings = requests.flatMap(({ session, request }) =>
        sensitiveProblems(paramsOf(request)).map((problem) => ({ session: session.id, problem, message: request })),
      );
      return judge(
        findings,
        requests.length === 0,
        'elicitation requests',
        `${requests.length} elicitation requests checked`,
      );
    },
  },
  {
    id: 'client-features-elicitation-complete-known-id',
    title: 'notifications/elicitation/complete names an elicitation the server sent',
    section: 'client-features',
    level: 'MUST',
    requirements: ['CLI-13'],
    spec: 'client/elicitation#completion-notifications-for-url-mode-elicitation',
    rule: 'The notification MUST include the elicitationId of an elicitation previously sent to this client.',
    versions: versionsFrom('2025-11-25'),
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = [];
      let seen = 0;
      for (const session of indexSessions(ctx.transcript())) {
        const issued = new Set<unknown>();
        for (const { message } of session.received) {
          if (message.method === 'elicitation/create') issued.add(paramsOf(message).elicitationId);
          if (message.method === 'notifications/elicitation/complete') {
            seen++;
            const id = paramsOf(message).elicitationId;
            if (!issued.has(id)) {
              findings.push({
                session: session.id,
                problem: `elicitation/complete names ${JSON.stringify(id)}, which this session was never sent`,
                message,
              });
            }
          }
        }
      }
      return judge(findings, seen === 0, 'elicitation completions', `${seen} completions name known elicitations`);
    },
  },
  {
    id: 'client-features-url-elicitation-required-error',
    title: 'error -32042 lists the URL elicitations it requires',
    section: 'client-features',
    level: 'MUST',
    requirements: ['CLI-14'],
    spec: 'client/elicitation#url-elicitation-required-error',
    rule: 'The URLElicitationRequiredError (-32042) MUST carry data.elicitations, each a URL-mode elicitation with an elicitationId.',
    versions: versionsFrom('2025-11-25'),
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = [];
      let seen = 0;
      for (const session of indexSessions(ctx.transcript())) {
        for (const { message } of session.received) {
          if (!isObject(message.error) || message.error.code !== ELICITATION_REQUIRED) continue;
          seen++;
          const data = message.error.data;
          const list = isObject(data) ? data.elicitations : undefined;
          const valid =
            Array.isArray(list) &&
            list.length > 0 &&
            list.every(
              (e) =>
                isObject(e) && e.mode === 'url' && typeof e.elicitationId === 'string' && typeof e.url === 'string',
            );
          if (!valid)
            findings.push({
              session: session.id,
              problem: 'error -32042 without a list of URL elicitations in data.elicitations',
              message,
            });
        }
      }
      return judge(findings, seen === 0, '-32042 errors', `${seen} -32042 errors well-formed`);
    },
  },
];
