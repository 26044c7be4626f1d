/**
 * The server's interface as results.json and the history keep it: what it lists, reduced to the fields a client
 * relies on (names, schemas, annotations, arguments), so a diff shows interface changes and not list noise.
 */
import type { ServerInventory } from '../checks/types.js';
import type { ServerInterface } from '../model.js';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function pick<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function toServerInterface(inventory: ServerInventory, capabilities: Record<string, unknown>): ServerInterface {
  return {
    capabilities,
    tools: inventory.tools.map((tool) => ({
      name: String(tool.name),
      ...pick({
        title: text(tool.title),
        description: text(tool.description),
        inputSchema: tool.inputSchema,
        outputSchema: tool.outputSchema,
        annotations: tool.annotations,
      }),
    })),
    resources: inventory.resources.map((resource) => ({
      uri: String(resource.uri),
      ...pick({
        name: text(resource.name),
        mimeType: text(resource.mimeType),
        description: text(resource.description),
      }),
    })),
    resourceTemplates: inventory.resourceTemplates.map((template) => ({
      uriTemplate: String(template.uriTemplate),
      ...pick({
        name: text(template.name),
        mimeType: text(template.mimeType),
        description: text(template.description),
      }),
    })),
    prompts: inventory.prompts.map((prompt) => ({
      name: String(prompt.name),
      ...pick({
        description: text(prompt.description),
        arguments: Array.isArray(prompt.arguments)
          ? (prompt.arguments as Record<string, unknown>[]).map((argument) => ({
              name: String(argument.name),
              ...pick({
                description: text(argument.description),
                required: typeof argument.required === 'boolean' ? argument.required : undefined,
              }),
            }))
          : undefined,
      }),
    })),
  };
}
