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
