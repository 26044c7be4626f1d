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
/** Listening sockets in the text of `/proc/net/tcp` or `/proc/net/tcp6`. */
export declare function parseProcNetTcp(text: string): ListeningSocket[];
export declare function isLoopbackAddress(address: string): boolean;
/** Whether a URL's host names this machine's loopback interface. */
export declare function isLoopbackHost(hostname: string): boolean;
