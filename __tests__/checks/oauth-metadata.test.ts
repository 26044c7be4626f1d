import { describe, expect, it } from 'vitest';
import {
  authorizationServerMetadataUrls,
  bearerChallenge,
  metadataProblems,
  parseChallenges,
  resourceMismatch,
  wellKnownMetadataUrls,
} from '../../src/checks/judge/oauth-metadata.js';

describe('parseChallenges', () => {
  it('reads a Bearer challenge with quoted and bare parameters', () => {
    expect(
      parseChallenges(
        'Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource", scope="files:read files:write", error=invalid_token',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          resource_metadata: 'https://mcp.example.com/.well-known/oauth-protected-resource',
          scope: 'files:read files:write',
          error: 'invalid_token',
        },
      },
    ]);
  });

  it('separates several challenges, token68 included, and unescapes quoted strings', () => {
    const challenges = parseChallenges('Basic realm="a, b", Newauth abc==, Bearer Scope="x \\"y\\""');
    expect(challenges).toEqual([
      { scheme: 'basic', params: { realm: 'a, b' } },
      { scheme: 'newauth', params: {}, token68: 'abc==' },
      { scheme: 'bearer', params: { scope: 'x "y"' } },
    ]);
    expect(bearerChallenge('Basic realm="x", Bearer scope="s"')?.params.scope).toBe('s');
    expect(bearerChallenge('Bearer')).toEqual({ scheme: 'bearer', params: {} });
    expect(bearerChallenge('Basic realm="x"')).toBeUndefined();
    expect(bearerChallenge(undefined)).toBeUndefined();
  });
});

describe('wellKnownMetadataUrls', () => {
  it('inserts the well-known suffix before the path, then tries the root', () => {
    expect(wellKnownMetadataUrls(new URL('https://example.com/public/mcp'))).toEqual([
      'https://example.com/.well-known/oauth-protected-resource/public/mcp',
      'https://example.com/.well-known/oauth-protected-resource',
    ]);
    expect(wellKnownMetadataUrls(new URL('https://example.com/'))).toEqual([
      'https://example.com/.well-known/oauth-protected-resource',
    ]);
  });
});

describe('metadataProblems', () => {
  it('accepts https issuers and http on loopback', () => {
    expect(
      metadataProblems({ resource: 'x', authorization_servers: ['https://auth.example.com', 'http://127.0.0.1:9000'] }),
    ).toEqual([]);
  });

  it('names what is missing or wrong', () => {
    expect(metadataProblems([])).toEqual(['the document is not a JSON object']);
    expect(metadataProblems({})).toEqual([expect.stringMatching(/authorization_servers is missing or empty/)]);
    expect(metadataProblems({ authorization_servers: [] })).toHaveLength(1);
    expect(metadataProblems({ authorization_servers: ['auth', 'http://auth.example.com'] })).toEqual([
      'authorization_servers: "auth" is not a URL',
      'authorization_servers: http://auth.example.com is not an https URL',
    ]);
  });
});

describe('resourceMismatch', () => {
  const endpoint = new URL('https://mcp.example.com/server/mcp');

  it('accepts the endpoint itself, a parent path and case differences in scheme and host', () => {
    for (const resource of [
      'https://mcp.example.com/server/mcp',
      'https://mcp.example.com/server/mcp/',
      'https://mcp.example.com',
      'HTTPS://MCP.example.com/server',
    ]) {
      expect(resourceMismatch(resource, endpoint), resource).toBeUndefined();
    }
  });

  it('rejects a missing, foreign or unrelated resource', () => {
    expect(resourceMismatch(undefined, endpoint)).toBe('resource is missing');
    expect(resourceMismatch(42, endpoint)).toMatch(/not a URL/);
    expect(resourceMismatch('https://other.example.com/server/mcp', endpoint)).toMatch(/another origin/);
    expect(resourceMismatch('https://mcp.example.com/serv', endpoint)).toMatch(/does not name the endpoint/);
    expect(resourceMismatch('https://mcp.example.com/server/mcp#x', endpoint)).toMatch(/fragment/);
  });

  it('lists authorization server metadata URLs in the order clients try them', () => {
    expect(authorizationServerMetadataUrls(new URL('https://auth.example.com/tenant1/'))).toEqual([
      'https://auth.example.com/.well-known/oauth-authorization-server/tenant1',
      'https://auth.example.com/.well-known/openid-configuration/tenant1',
      'https://auth.example.com/tenant1/.well-known/openid-configuration',
    ]);
    expect(authorizationServerMetadataUrls(new URL('https://auth.example.com'))).toEqual([
      'https://auth.example.com/.well-known/oauth-authorization-server',
      'https://auth.example.com/.well-known/openid-configuration',
    ]);
  });
});
