export interface LocationShift {
    /** Whether `current` tends to be higher or lower than `baseline` (by the rank sums). */
    direction: 'higher' | 'lower' | 'none';
    /** One-sided p-value for a shift in that direction; 1 when there is none. */
    pValue: number;
}
export declare function locationShift(baseline: readonly number[], current: readonly number[]): LocationShift;
