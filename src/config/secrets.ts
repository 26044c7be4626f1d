/**
 * Values to mask in every report and log besides header values: the run's environment variables whose names say
 * they hold a secret. The server under test inherits the environment, and a tool that echoes it (a debug tool
 * marked read-only, say) would otherwise put CI secrets into transcript.jsonl and the uploaded artifact.
 */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH/i;

/** Short values are left alone: masking them would garble unrelated text. */
const MIN_SECRET_LENGTH = 8;

export function secretsFromEnvironment(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_NAME.test(name) && value !== undefined && value.length >= MIN_SECRET_LENGTH)
    .map(([, value]) => value!);
}

/** Below this length a value is not masked: hiding it would garble unrelated text. */
const MIN_MASKED_LENGTH = 4;

/** `Bearer <token>`, `Basic <credentials>`, `token <value>`: the credential may be echoed without its scheme. */
const SCHEMED_CREDENTIAL = /^[A-Za-z][\w-]*\s+(\S+)$/;

/**
 * Every form in which a secret can reach an output: as given, the credential of a `Scheme credential` header value
 * on its own, and each of those escaped as inside a JSON string (a quote or backslash in a secret is written
 * escaped in results.json and transcript.jsonl, where the raw form would not match).
 */
export function secretForms(secret: string): string[] {
  const credential = SCHEMED_CREDENTIAL.exec(secret)?.[1];
  const plain = credential !== undefined && credential.length >= MIN_SECRET_LENGTH ? [secret, credential] : [secret];
  const forms = plain.flatMap((form) => [form, JSON.stringify(form).slice(1, -1)]);
  return [...new Set(forms)].filter((form) => form.length >= MIN_MASKED_LENGTH);
}

/** `text` with every form of every secret replaced by `***`, longest first so no part of a secret is left over. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  let masked = text;
  for (const form of forms) if (masked.includes(form)) masked = masked.split(form).join('***');
  return masked;
}
