import { type Provenance } from './entry.js';
export declare function detectProvenance(options: {
    env: NodeJS.ProcessEnv;
    cwd: string;
    date: string;
    leg?: string;
}): Promise<Provenance>;
