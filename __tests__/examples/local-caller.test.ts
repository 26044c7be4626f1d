import { describe, expect, it } from 'vitest';
import { foreignCallerReason } from '../../examples/servers/local-caller.js';

const PORT = 4321;

describe('foreignCallerReason', () => {
  it('accepts loopback hosts without an Origin, and the server’s own origin', () => {
    for (const host of ['127.0.0.1:4321', 'localhost:4321', '[::1]:4321', 'localhost']) {
      expect(foreignCallerReason({ host }, PORT)).toBeUndefined();
    }
    for (const origin of ['http://127.0.0.1:4321', 'http://localhost:4321', 'http://[::1]:4321']) {
      expect(foreignCallerReason({ host: '127.0.0.1:4321', origin }, PORT)).toBeUndefined();
    }
  });

  it('refuses a foreign or missing Host', () => {
    expect(foreignCallerReason({ host: 'evil.example' }, PORT)).toMatch(/Host/);
    expect(foreignCallerReason({ host: '127.0.0.1.evil.example:4321' }, PORT)).toMatch(/Host/);
    expect(foreignCallerReason({}, PORT)).toMatch(/Host/);
  });

  it('refuses foreign origins, other local ports, other schemes and garbage', () => {
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1:9999',
      'http://localhost',
      'https://127.0.0.1:4321',
      'null',
      'not a url',
    ]) {
      expect(foreignCallerReason({ host: '127.0.0.1:4321', origin }, PORT)).toMatch(/Origin/);
    }
  });
});
