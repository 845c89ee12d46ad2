import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, WEIGHT_KEYS, WEIGHT_PRESETS, presetOf, weightLevelOf, weightsFromLevels } from './planning-weights';

describe('planning weights as levels', () => {
  it('reads stored numbers as levels, a number that is no level as custom', () => {
    expect(WEIGHT_KEYS.map((k) => weightLevelOf(k, DEFAULT_WEIGHTS[k]))).toEqual(WEIGHT_KEYS.map(() => 'normal'));
    expect(weightLevelOf('travelMinute', 6)).toBe('high');
    expect(weightLevelOf('travelMinute', 5)).toBe('custom');
  });

  it('turns levels into numbers, keeping a custom number', () => {
    const current = { ...DEFAULT_WEIGHTS, travelMinute: 5 };
    const levels = { ...WEIGHT_PRESETS.thrifty.levels, travelMinute: 'custom' as const };
    expect(weightsFromLevels(levels, current)).toEqual({ unplanned: 300, interpreterMinute: 3, consultantMinute: 3, childcareSlot: 40, travelMinute: 5, householdImbalance: 600 });
  });

  it('recognises a preset only when every level matches', () => {
    expect(presetOf(WEIGHT_PRESETS.families.levels)).toBe('families');
    expect(presetOf({ ...WEIGHT_PRESETS.families.levels, travelMinute: 'high' })).toBeNull();
    // Presets differ from each other.
    const keys = Object.values(WEIGHT_PRESETS).map((p) => JSON.stringify(p.levels));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
