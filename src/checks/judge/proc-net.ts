/**
 * Reading Linux's `/proc/net/tcp` and `/proc/net/tcp6` tables: which local addresses sockets listen on, so a
 * check can tell a server bound to loopback from one listening on every interface.
 */

export interface ListeningSocket {
  /** The local address in usual notation: `127.0.0.1`, `0.0.0.0`, `::1`, `::`, `::ffff:127.0.0.1`. */
  address: string;
  port: number;
  inode: number;
}

const LISTEN = '0A';

/** The kernel prints each 32-bit word of the address in host byte order; this machine family is little-endian. */
function wordBytes(hex: string): number[] {
  const bytes = [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return bytes.reverse();
}

function decodeAddress(hex: string): string | undefined {
  if (hex.length === 8) return wordBytes(hex).join('.');
  if (hex.length !== 32) return undefined;
  const bytes = [0, 8, 16, 24].flatMap((i) => wordBytes(hex.slice(i, i + 8)));
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  // URL's host parser writes IPv6 in its canonical compressed form (and IPv4-mapped tails in hex).
  const canonical = new URL(`http://[${groups.join(':')}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!mapped) return canonical;
  const high = parseInt(mapped[1]!, 16);
  const low = parseInt(mapped[2]!, 16);
  return `::ffff:${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** Listening sockets in the text of `/proc/net/tcp` or `/proc/net/tcp6`. */
export function parseProcNetTcp(text: string): ListeningSocket[] {
  const sockets: ListeningSocket[] = [];
  for (const line of text.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10 || fields[3] !== LISTEN) continue;
    const [addressHex, portHex] = fields[1]!.split(':');
    const address = addressHex ? decodeAddress(addressHex) : undefined;
    if (address === undefined || portHex === undefined) continue;
    sockets.push({ address, port: parseInt(portHex, 16), inode: Number(fields[9]) });
  }
  return sockets;
}

export function isLoopbackAddress(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || /^::ffff:127\./.test(address);
}

/** Whether a URL's host names this machine's loopback interface. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || isLoopbackAddress(host);
}
