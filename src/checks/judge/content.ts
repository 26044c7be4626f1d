/**
 * Shape rules for what servers return inside results: content blocks (tool results, prompt messages) and
 * resource contents (schema.ts ContentBlock, TextResourceContents, BlobResourceContents).
 * Each function returns the problems found, as short phrases naming where they are.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';

export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** RFC 4648 base64 with padding, nothing else (no whitespace, no URL-safe alphabet). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const isStrictBase64 = (value: unknown): value is string => typeof value === 'string' && BASE64.test(value);

const uriFormat = fullFormats.uri as (value: string) => boolean;

/** An absolute URI by RFC 3986 (scheme, then hierarchical part); custom schemes are fine. */
export const isAbsoluteUri = (value: unknown): value is string => typeof value === 'string' && uriFormat(value);

/**
 * Content block types. Which version introduced which type (audio 2025-03-26, resource_link 2025-06-18) is
 * judged by the version-constructs check (LIFE-07); here a block only has to be well-formed for its type.
 */
const BLOCK_TYPES = new Set(['text', 'image', 'audio', 'resource', 'resource_link']);

const MIME_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(?:\s*;.*)?$/;

/** Problems of one content block (tool result content, prompt message content). */
export function contentBlockProblems(block: unknown, where: string): string[] {
  if (!isObject(block)) return [`${where} is not an object`];
  const type = block.type;
  if (typeof type !== 'string') return [`${where} has no string type`];
  if (!BLOCK_TYPES.has(type)) return [`${where} has unknown type ${JSON.stringify(type)}`];
  const problems: string[] = [];
  switch (type) {
    case 'text':
      if (typeof block.text !== 'string') problems.push(`${where} (text) has no string text`);
      break;
    case 'image':
    case 'audio':
      if (typeof block.data !== 'string') problems.push(`${where} (${type}) has no string data`);
      else if (!isStrictBase64(block.data)) problems.push(`${where} (${type}) data is not valid base64`);
      if (typeof block.mimeType !== 'string') problems.push(`${where} (${type}) has no string mimeType`);
      break;
    case 'resource_link':
      if (typeof block.uri !== 'string') problems.push(`${where} (resource_link) has no string uri`);
      if (typeof block.name !== 'string') problems.push(`${where} (resource_link) has no string name`);
      break;
    case 'resource':
      problems.push(...resourceContentsProblems(block.resource, `${where}.resource`));
      break;
  }
  if (block._meta !== undefined && !isObject(block._meta)) problems.push(`${where} _meta is not an object`);
  return problems;
}

/** Problems of one resource contents item: a string uri and exactly one of text (string) or blob (base64). */
export function resourceContentsProblems(item: unknown, where: string): string[] {
  if (!isObject(item)) return [`${where} is not an object`];
  const problems: string[] = [];
  if (typeof item.uri !== 'string') problems.push(`${where} has no string uri`);
  const hasText = item.text !== undefined;
  const hasBlob = item.blob !== undefined;
  if (hasText && hasBlob) problems.push(`${where} has both text and blob`);
  else if (!hasText && !hasBlob) problems.push(`${where} has neither text nor blob`);
  if (hasText && typeof item.text !== 'string') problems.push(`${where} text is not a string`);
  if (hasBlob && !isStrictBase64(item.blob)) problems.push(`${where} blob is not valid base64`);
  if (item.mimeType !== undefined && typeof item.mimeType !== 'string') {
    problems.push(`${where} mimeType is not a string`);
  }
  return problems;
}

/** A `type/subtype` MIME type (parameters allowed). */
export const isMimeType = (value: unknown): value is string => typeof value === 'string' && MIME_TYPE.test(value);

/** Every content block of a list, with its index in the name. */
export function contentListProblems(content: unknown, where: string): string[] {
  if (!Array.isArray(content)) return [`${where} is not an array`];
  return content.flatMap((block, i) => contentBlockProblems(block, `${where}[${i}]`));
}
