import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../src/config/flags.js';
import { ACTION_INPUTS } from '../../src/config/inputs.js';
import { benchSettingsSchema, settingsSchema } from '../../src/config/schema.js';

describe('docs/configuration.md', () => {
  it('documents every key, bench key, flag and input', async () => {
    const doc = await readFile('docs/configuration.md', 'utf8');
    const missing = [
      ...Object.keys(settingsSchema.shape).map((key) => `\`${key}\``),
      ...Object.keys(benchSettingsSchema.shape).map((key) => `\`bench.${key}\``),
      ...[...helpText().matchAll(/^ {2}(?:-h, )?(--[a-z-]+)/gm)].map(([, flag]) => `${flag}`),
      ...ACTION_INPUTS.map((input) => `\`${input.name}\``),
    ].filter((term) => !doc.includes(term));
    expect(missing).toEqual([]);
  });
});
