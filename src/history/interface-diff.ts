/**
 * What changed in a server's interface between two runs: tools, resources, resource templates, prompts and
 * capabilities added, removed or changed. A change is breaking when a client written against the old interface
 * can fail against the new one: a tool or prompt removed, a new required argument, a narrowed argument type or
 * enum, a removed capability. Pure.
 */
import type { ServerInterface } from '../model.js';
import { canonicalJson } from './entry.js';

export type InterfaceItemKind = 'tool' | 'resource' | 'resource-template' | 'prompt' | 'capability';

export interface InterfaceChange {
  kind: InterfaceItemKind;
  name: string;
  change: 'added' | 'removed' | 'changed';
  breaking: boolean;
  /** What changed, one phrase each (`new required argument "limit"`). */
  details: string[];
}

export function diffInterface(before: ServerInterface, after: ServerInterface): InterfaceChange[] {
  return [
    ...diffCapabilities(before.capabilities, after.capabilities),
    ...diffNamed('tool', before.tools, after.tools, (tool) => tool.name, toolDetails),
    ...diffNamed('prompt', before.prompts, after.prompts, (prompt) => prompt.name, promptDetails),
    ...diffNamed('resource', before.resources, after.resources, (resource) => resource.uri, plainDetails),
    ...diffNamed(
      'resource-template',
      before.resourceTemplates,
      after.resourceTemplates,
      (template) => template.uriTemplate,
      plainDetails,
    ),
  ];
}

/** Removing a tool or prompt breaks its callers; a resource list is often data (files, rows), so its changes are news. */
const REMOVAL_BREAKS: Record<InterfaceItemKind, boolean> = {
  tool: true,
  prompt: true,
  capability: true,
  resource: false,
  'resource-template': false,
};

interface Details {
  breaking: string[];
  other: string[];
}

function diffNamed<T>(
  kind: InterfaceItemKind,
  before: readonly T[],
  after: readonly T[],
  nameOf: (item: T) => string,
  details: (before: T, after: T) => Details,
): InterfaceChange[] {
  const old = new Map(before.map((item) => [nameOf(item), item]));
  const now = new Map(after.map((item) => [nameOf(item), item]));
  const changes: InterfaceChange[] = [];
  for (const [name, item] of old) {
    const current = now.get(name);
    if (current === undefined) {
      changes.push({ kind, name, change: 'removed', breaking: REMOVAL_BREAKS[kind], details: [] });
      continue;
    }
    if (canonicalJson(item) === canonicalJson(current)) continue;
    const found = details(item, current);
    changes.push({
      kind,
      name,
      change: 'changed',
      breaking: found.breaking.length > 0,
      details: [...found.breaking, ...found.other],
    });
  }
  for (const name of now.keys()) {
    if (!old.has(name)) changes.push({ kind, name, change: 'added', breaking: false, details: [] });
  }
  return changes;
}

function diffCapabilities(before: Record<string, unknown>, after: Record<string, unknown>): InterfaceChange[] {
  const changes: InterfaceChange[] = [];
  for (const [name, value] of Object.entries(before)) {
    if (!(name in after)) {
      changes.push({ kind: 'capability', name, change: 'removed', breaking: true, details: [] });
      continue;
    }
    const current = after[name];
    if (canonicalJson(value) === canonicalJson(current)) continue;
    // A capability's flags (listChanged, subscribe) are promises too: dropping one breaks clients relying on it.
    const lost = Object.keys(asRecord(value)).filter((flag) => !(flag in asRecord(current)));
    changes.push({
      kind: 'capability',
      name,
      change: 'changed',
      breaking: lost.length > 0,
      details: lost.length > 0 ? lost.map((flag) => `"${flag}" removed`) : ['settings changed'],
    });
  }
  for (const name of Object.keys(after)) {
    if (!(name in before)) changes.push({ kind: 'capability', name, change: 'added', breaking: false, details: [] });
  }
  return changes;
}

function toolDetails(before: ServerInterface['tools'][number], after: ServerInterface['tools'][number]): Details {
  const found = schemaDetails(asRecord(before.inputSchema), asRecord(after.inputSchema));
  if (canonicalJson(before.outputSchema) !== canonicalJson(after.outputSchema))
    found.other.push('output schema changed');
  if (canonicalJson(before.annotations) !== canonicalJson(after.annotations)) found.other.push('annotations changed');
  if (before.description !== after.description || before.title !== after.title) found.other.push('description changed');
  return found;
}

/** What a change of an input schema does to callers: new required properties and narrowed types break them. */
function schemaDetails(before: Record<string, unknown>, after: Record<string, unknown>): Details {
  const found: Details = { breaking: [], other: [] };
  const oldRequired = new Set(stringList(before.required));
  const oldProperties = asRecord(before.properties);
  const newProperties = asRecord(after.properties);
  for (const name of stringList(after.required)) {
    if (!oldRequired.has(name)) found.breaking.push(`new required argument "${name}"`);
  }
  for (const [name, schema] of Object.entries(oldProperties)) {
    const current = newProperties[name];
    if (current === undefined) {
      (after.additionalProperties === false ? found.breaking : found.other).push(`argument "${name}" removed`);
      continue;
    }
    const narrowed = narrowing(asRecord(schema), asRecord(current));
    if (narrowed) found.breaking.push(`argument "${name}" narrowed: ${narrowed}`);
    else if (canonicalJson(schema) !== canonicalJson(current)) found.other.push(`argument "${name}" changed`);
  }
  for (const name of Object.keys(newProperties)) {
    if (!(name in oldProperties) && !found.breaking.some((text) => text.includes(`"${name}"`)))
      found.other.push(`new optional argument "${name}"`);
  }
  if (found.breaking.length === 0 && found.other.length === 0 && canonicalJson(before) !== canonicalJson(after))
    found.other.push('input schema changed');
  return found;
}

/** Values the old schema accepted that the new one rejects, as far as `type` and `enum` tell. */
function narrowing(before: Record<string, unknown>, after: Record<string, unknown>): string | undefined {
  const oldTypes = typeList(before.type);
  const newTypes = typeList(after.type);
  if (oldTypes.length > 0 && newTypes.length > 0) {
    const accepts = (type: string) => newTypes.includes(type) || (type === 'integer' && newTypes.includes('number'));
    const lost = oldTypes.filter((type) => !accepts(type));
    if (lost.length > 0) return `type ${oldTypes.join('|')} -> ${newTypes.join('|')}`;
  }
  if (oldTypes.length === 0 && newTypes.length > 0) return `type any -> ${newTypes.join('|')}`;
  if (Array.isArray(after.enum)) {
    const allowed = new Set(after.enum.map((value) => canonicalJson(value)));
    if (!Array.isArray(before.enum)) return 'now limited to an enum';
    const lost = before.enum.filter((value) => !allowed.has(canonicalJson(value)));
    if (lost.length > 0) return `enum no longer allows ${lost.map((value) => JSON.stringify(value)).join(', ')}`;
  }
  return undefined;
}

function promptDetails(before: ServerInterface['prompts'][number], after: ServerInterface['prompts'][number]): Details {
  const found: Details = { breaking: [], other: [] };
  const old = new Map((before.arguments ?? []).map((argument) => [argument.name, argument]));
  for (const argument of after.arguments ?? []) {
    const previous = old.get(argument.name);
    if (argument.required === true && previous?.required !== true)
      found.breaking.push(`${previous ? 'argument now required' : 'new required argument'} "${argument.name}"`);
    else if (!previous) found.other.push(`new optional argument "${argument.name}"`);
  }
  for (const name of old.keys()) {
    if (!(after.arguments ?? []).some((argument) => argument.name === name))
      found.other.push(`argument "${name}" removed`);
  }
  if (before.description !== after.description) found.other.push('description changed');
  return found;
}

function plainDetails(before: object, after: object): Details {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...fields].filter(
    (field) =>
      canonicalJson((before as Record<string, unknown>)[field]) !==
      canonicalJson((after as Record<string, unknown>)[field]),
  );
  return { breaking: [], other: changed.map((field) => `${field} changed`) };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function typeList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return stringList(value);
}
