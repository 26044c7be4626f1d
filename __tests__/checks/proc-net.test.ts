import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, isLoopbackHost, parseProcNetTcp } from '../../src/checks/judge/proc-net.js';

// Lines as the Linux kernel prints them (header, then one socket per line); state 0A is LISTEN, 01 ESTABLISHED.
const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 101 1 0000000000000000 100 0 0 10 0
   1: 00000000:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 102 1 0000000000000000 100 0 0 10 0
   2: 0100007F:1F90 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 103 1 0000000000000000 20 4 30 10 -1
   3: 020200C0:01BB 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 104 1 0000000000000000 100 0 0 10 0
`;
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000001000000:1F91 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 201 1 0000000000000000 100 0 0 10 0
   1: 00000000000000000000000000000000:1F92 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 202 1 0000000000000000 100 0 0 10 0
   2: 0000000000000000FFFF00000100007F:1F93 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 203 1 0000000000000000 100 0 0 10 0
`;

describe('parseProcNetTcp', () => {
  it('lists IPv4 listening sockets with address, port and inode', () => {
    expect(parseProcNetTcp(TCP)).toEqual([
      { address: '127.0.0.1', port: 8080, inode: 101 },
      { address: '0.0.0.0', port: 80, inode: 102 },
      { address: '192.0.2.2', port: 443, inode: 104 },
    ]);
  });

  it('lists IPv6 listening sockets, IPv4-mapped ones in dotted form', () => {
    expect(parseProcNetTcp(TCP6)).toEqual([
      { address: '::1', port: 8081, inode: 201 },
      { address: '::', port: 8082, inode: 202 },
      { address: '::ffff:127.0.0.1', port: 8083, inode: 203 },
    ]);
  });

  it('ignores text that is not a socket table', () => {
    expect(parseProcNetTcp('')).toEqual([]);
    expect(parseProcNetTcp('header\nnot a socket line')).toEqual([]);
  });
});

describe('loopback', () => {
  it('tells loopback addresses from wildcard and external ones', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])
      expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ['0.0.0.0', '::', '192.0.2.2', 'fd00::2']) expect(isLoopbackAddress(address)).toBe(false);
  });

  it('reads URL host names, bracketed IPv6 included', () => {
    for (const host of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '[::1]'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['example.com', '192.0.2.2', '[fd00::2]']) expect(isLoopbackHost(host)).toBe(false);
  });
});
