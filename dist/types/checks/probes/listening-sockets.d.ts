import { type ListeningSocket } from '../judge/proc-net.js';
export type PortOwnerListeners = {
    pid: number;
    sockets: ListeningSocket[];
}
/** Why it cannot be known here (not Linux, another network namespace, no permission). */
 | {
    unavailable: string;
};
export declare function listenersOfPortOwner(port: number): Promise<PortOwnerListeners>;
