/**
 * Which addresses the process serving a TCP port listens on, read from Linux's /proc: find the socket listening
 * on the port, the process that holds it, and every other socket that process listens on.
 */
import { readdir, readFile, readlink } from 'node:fs/promises';
import { parseProcNetTcp, type ListeningSocket } from '../judge/proc-net.js';

export type PortOwnerListeners =
  | { pid: number; sockets: ListeningSocket[] }
  /** Why it cannot be known here (not Linux, another network namespace, no permission). */
  | { unavailable: string };

async function listeningSockets(): Promise<ListeningSocket[] | undefined> {
  const tables = await Promise.all(
    ['/proc/net/tcp', '/proc/net/tcp6'].map((path) => readFile(path, 'utf8').catch(() => undefined)),
  );
  if (tables.every((table) => table === undefined)) return undefined;
  return tables.flatMap((table) => (table === undefined ? [] : parseProcNetTcp(table)));
}

/** Socket inodes a process holds, or undefined when its fds cannot be read (another user's process). */
async function socketInodes(pid: string): Promise<Set<number> | undefined> {
  const fds = await readdir(`/proc/${pid}/fd`).catch(() => undefined);
  if (!fds) return undefined;
  const links = await Promise.all(fds.map((fd) => readlink(`/proc/${pid}/fd/${fd}`).catch(() => '')));
  const inodes = new Set<number>();
  for (const link of links) {
    const match = /^socket:\[(\d+)\]$/.exec(link);
    if (match) inodes.add(Number(match[1]));
  }
  return inodes;
}

export async function listenersOfPortOwner(port: number): Promise<PortOwnerListeners> {
  const sockets = await listeningSockets();
  if (!sockets) return { unavailable: '/proc/net/tcp cannot be read (not Linux?)' };
  const onPort = new Set(sockets.filter((s) => s.port === port).map((s) => s.inode));
  if (onPort.size === 0) {
    return { unavailable: `no socket listening on port ${port} is visible here (another network namespace?)` };
  }
  // Newest processes first: the server was usually started moments ago.
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  for (const pid of pids) {
    const inodes = await socketInodes(pid);
    if (!inodes || ![...onPort].some((inode) => inodes.has(inode))) continue;
    return { pid: Number(pid), sockets: sockets.filter((s) => inodes.has(s.inode)) };
  }
  return { unavailable: `the process listening on port ${port} belongs to another user` };
}
