/**
 * What changed in a server's interface between two runs: tools, resources, resource templates, prompts and
 * capabilities added, removed or changed. A change is breaking when a client written against the old interface
 * can fail against the new one: a tool or prompt removed, a new required argument, a narrowed argument type or
 * enum, a removed capability. Pure.
 */
import type { ServerInterface } from '../model.js';
export type InterfaceItemKind = 'tool' | 'resource' | 'resource-template' | 'prompt' | 'capability';
export interface InterfaceChange {
    kind: InterfaceItemKind;
    name: string;
    change: 'added' | 'removed' | 'changed';
    breaking: boolean;
    /** What changed, one phrase each (`new required argument "limit"`). */
    details: string[];
}
export declare function diffInterface(before: ServerInterface, after: ServerInterface): InterfaceChange[];
