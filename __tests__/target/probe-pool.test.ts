/** The stdio probe pool reuses a fresh channel a check used only before initialization, and nothing else. */
import { afterEach, describe, expect, it } from 'vitest';
import { indexSessions } from '../../src/checks/judge/transcript-index.js';
import { bootTarget, type BootedServer } from '../../src/target/boot.js';
import { Transcript } from '../../src/wire/transcript.js';
import { SHOP_SERVER, stdioTarget, testConfig } from '../helpers/config.js';

const NEWEST = '2025-11-25';
/** How the early-ping and unknown-version checks open their fresh channel. */
const HAND_OVER = { initialize: false, handOver: true, protocolVersion: NEWEST } as const;
const plainInitialize = (protocolVersion: string) => ({
  protocolVersion,
  capabilities: {},
  clientInfo: { name: 'probe-pool-test', version: '1' },
});

let target: BootedServer | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

async function boot(): Promise<{ target: BootedServer; transcript: Transcript }> {
  const transcript = new Transcript();
  target = await bootTarget(testConfig(stdioTarget(['node', SHOP_SERVER])), transcript, () => {});
  return { target, transcript };
}

/** The methods each connection sent, by label: one label per server process started. */
function sentMethods(transcript: Transcript): Record<string, unknown[]> {
  const methods: Record<string, unknown[]> = {};
  for (const session of indexSessions(transcript.entries())) {
    (methods[session.label] ??= []).push(...session.sent.map((m) => m.message.method));
  }
  return methods;
}

describe('StdioProbePool', () => {
  it('lets a check wait for a channel being handed over instead of starting a process', async () => {
    const { target, transcript } = await boot();
    const fresh = await target.openRaw({ ...HAND_OVER, label: 'probe:early-ping' });
    // The wait starts once the new process answered: the pool waits a bounded time before it starts one instead,
    // and a busy runner's process start-up must not count against it.
    await fresh.request('ping');
    const waiting = target.openRaw({ protocolVersion: NEWEST });
    await fresh.close();
    const pooled = await waiting;
    expect(pooled.label).toBe('probe:early-ping');
    expect(Object.keys(sentMethods(transcript)).sort()).toEqual([`main@${NEWEST}`, 'probe:early-ping']);
  });

  it('hands a channel used only for a ping before initialize to the next check, initialized', async () => {
    const { target, transcript } = await boot();
    const fresh = await target.openRaw({ ...HAND_OVER, label: 'probe:early-ping' });
    expect((await fresh.request('ping')).response).toBeDefined();
    await fresh.close();

    const pooled = await target.openRaw({ protocolVersion: NEWEST });
    expect(pooled.label).toBe('probe:early-ping');
    expect(pooled.initializeResult?.protocolVersion).toBe(NEWEST);
    expect((await pooled.request('tools/list')).response?.result).toHaveProperty('tools');
    await pooled.close();
    const { [`main@${NEWEST}`]: _boot, ...probes } = sentMethods(transcript);
    expect(probes).toEqual({ 'probe:early-ping': ['ping', 'initialize', 'notifications/initialized', 'tools/list'] });
  });

  it('finishes the handshake of a plain initialize offer the server answered with the pool’s version', async () => {
    const { target, transcript } = await boot();
    const offer = await target.openRaw({ ...HAND_OVER, label: 'probe:offer' });
    const answered = await offer.request('initialize', plainInitialize('2099-12-31'));
    expect((answered.response?.result as { protocolVersion?: string }).protocolVersion).toBe(NEWEST);
    await offer.close();

    const pooled = await target.openRaw({ protocolVersion: NEWEST });
    expect(pooled.label).toBe('probe:offer');
    expect((await pooled.request('tools/list')).response?.result).toHaveProperty('tools');
    // One initialize only: the pool sent notifications/initialized, not a second initialize.
    expect(sentMethods(transcript)['probe:offer']).toEqual(['initialize', 'notifications/initialized', 'tools/list']);
  });

  it('starts a new process instead when the check sent more than pings and a plain initialize', async () => {
    const { target, transcript } = await boot();
    const fresh = await target.openRaw({ ...HAND_OVER, label: 'probe:early-list' });
    await fresh.request('tools/list');
    await fresh.close();

    const offeredOther = await target.openRaw({ ...HAND_OVER, label: 'probe:old' });
    await offeredOther.request('initialize', plainInitialize('2025-03-26'));
    await offeredOther.close();

    const notHandedOver = await target.openRaw({ initialize: false, label: 'probe:own', protocolVersion: NEWEST });
    await notHandedOver.request('ping');
    await notHandedOver.close();

    const pooled = await target.openRaw({ protocolVersion: NEWEST });
    expect(pooled.label).toMatch(/^probe@2025-11-25/);
    expect((await pooled.request('ping')).response?.result).toEqual({});
    expect(sentMethods(transcript)[pooled.label]).toEqual(['initialize', 'notifications/initialized', 'ping']);
  });

  it('serves a check that asked to go last only after the checks waiting with it', async () => {
    const { target, transcript } = await boot();
    const first = await target.openRaw({ protocolVersion: NEWEST, label: 'probe:first' });
    const last = target.openRaw({ protocolVersion: NEWEST, last: true });
    const next = target.openRaw({ protocolVersion: NEWEST });
    const order: string[] = [];
    void last.then(() => order.push('last'));
    void next.then(() => order.push('next'));
    await first.close();
    const nextChannel = await next;
    expect(order).toEqual(['next']);
    await nextChannel.close();
    const lastChannel = await last;
    expect(order).toEqual(['next', 'last']);
    // One process served all three.
    expect([nextChannel.label, lastChannel.label]).toEqual([first.label, first.label]);
    await lastChannel.close();
    expect(Object.keys(sentMethods(transcript))).toHaveLength(2);
  });

  it('keeps serving on a channel whose check sent invalid requests or cancelled one', async () => {
    const { target } = await boot();
    const channel = await target.openRaw({ protocolVersion: NEWEST });
    // Invalid: no answer may ever come, and none is waited for.
    await channel.send(JSON.stringify({ id: 'no-jsonrpc', method: 'ping' }), { waitMs: 0 });
    await channel.send(JSON.stringify({ jsonrpc: '1.0', id: 'old-jsonrpc', method: 'ping' }), { waitMs: 0 });
    // Cancelled before its answer: the receiver should not answer it.
    await channel.send(JSON.stringify({ jsonrpc: '2.0', id: 'cancelled', method: 'ping' }), { waitMs: 0 });
    const cancel = { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 'cancelled' } };
    await channel.send(JSON.stringify(cancel), { waitMs: 0 });
    await channel.request('ping');
    await channel.close();
    expect((await target.openRaw({ protocolVersion: NEWEST })).label).toBe(channel.label);
  });

  it('replaces a channel with a valid request still unanswered', async () => {
    const { target } = await boot();
    const channel = await target.openRaw({ protocolVersion: NEWEST });
    const slow = { name: 'slow_count', arguments: { steps: 20, delayMs: 1_000 } };
    await channel.send(JSON.stringify({ jsonrpc: '2.0', id: 'slow', method: 'tools/call', params: slow }), {
      waitMs: 0,
    });
    await channel.close();
    expect((await target.openRaw({ protocolVersion: NEWEST })).label).not.toBe(channel.label);
  });
});
