import { describe, expect, it } from 'vitest';
import { checks, templateProblems, uriTemplateError } from '../../src/checks/sections-2025/resources.js';
import { faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;

describe('resources checks', () => {
  it('pass on the shop server over stdio, in every protocol version', async () => {
    const results = await runChecks(ids, shopStdio());
    expect(results.filter((r) => r.status !== 'pass').map((r) => [r.id, r.status, r.message])).toEqual([
      ['resources-capability-declared', 'skip', 'the server declares the resources capability'],
      ['resources-capability-declared', 'skip', 'the server declares the resources capability'],
      ['resources-capability-declared', 'skip', 'the server declares the resources capability'],
      ['resources-capability-declared', 'skip', 'the server declares the resources capability'],
      ['resources-path-traversal', 'skip', 'no listed resource is a file:// URI below a directory'],
    ]);
  });

  it('pass on the shop server over Streamable HTTP', async () => {
    const results = await runChecks(ids, await shopHttp(), newest);
    expect(results.filter((r) => r.status === 'fail' || r.status === 'warn')).toEqual([]);
  });

  it.each([
    [
      'resources-capability-implemented',
      'resources-templates-missing',
      'fail',
      /answers resources\/templates\/list with -32601/,
    ],
    [
      'resources-capability-declared',
      'resources-undeclared',
      'fail',
      /serves resources\/list but does not declare the resources capability/,
    ],
    ['resources-list-shape', 'resource-name-missing', 'fail', /shop:\/\/catalog has no string name/],
    [
      'resources-templates-shape',
      'resource-template-invalid',
      'fail',
      /uriTemplate "shop:\/\/products\/\{sku" is not an RFC 6570 template/,
    ],
    ['resources-uri-rfc3986', 'resource-uri-with-space', 'fail', /"shop:\/\/price list" \(resources\/list\)/],
    ['resources-read-contents', 'resource-contents-text-and-blob', 'fail', /contents\[0\] has both text and blob/],
    ['resources-blob-base64', 'resource-blob-not-base64', 'fail', /shop:\/\/logo.png: blob is not valid base64/],
    [
      'resources-unknown-uri-error',
      'resource-not-found-internal-error',
      'warn',
      /answered with error -32603; the spec asks for -32002/,
    ],
    [
      'resources-subscribe-unsubscribe',
      'resource-subscribe-fails',
      'fail',
      /resources\/subscribe shop:\/\/catalog failed: error -32603/,
    ],
  ])('%s reports fault %s as %s', async (id, fault, status, message) => {
    const [result] = await runChecks([id], faultyStdio(fault), newest);
    expect(result!.status).toBe(status);
    expect(result!.message).toMatch(message);
    expect(result!.evidence).toBeDefined();
  });

  it('resources-path-traversal passes a file server confined to its folder and warns on one that is not', async () => {
    const [confined] = await runChecks(['resources-path-traversal'], faultyStdio('file-resources'), newest);
    expect(confined!.status).toBe('pass');
    const [open] = await runChecks(['resources-path-traversal'], faultyStdio('file-resources-traversal'), newest);
    expect(open!.status).toBe('warn');
    expect(open!.message).toMatch(/returned \/etc\/passwd: resource URIs are not confined to .*mcp-ci-shop-files/);
  });

  it('parses URI templates by RFC 6570', () => {
    expect(uriTemplateError('file:///{+path}')).toBeUndefined();
    expect(uriTemplateError('shop://search{?q,limit}')).toBeUndefined();
    expect(uriTemplateError('shop://users/{user.name}')).toBeUndefined();
    expect(uriTemplateError('shop://products/{sku')).toMatch(/end of input/);
    expect(uriTemplateError('shop://a b/{x}')).toMatch(/" " is not allowed/);
    expect(uriTemplateError('shop://{x y}')).toBeDefined();
    expect(templateProblems({ uriTemplate: 'shop://{id}', name: 7 }, 0).problems).toEqual([
      'shop://{id} has no string name',
    ]);
  });
});
