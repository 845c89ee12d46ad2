import { describe, expect, it } from 'vitest';
import { CONTRACT_AREAS, contract, isCallName } from './index';

describe('contract areas', () => {
  it('declare every call in exactly one area', () => {
    const names = Object.values(CONTRACT_AREAS).flatMap((calls) => Object.keys(calls));
    expect(names.length).toBe(new Set(names).size);
    expect(names.sort()).toEqual(Object.keys(contract).sort());
  });

  it('merge into the contract table unchanged', () => {
    for (const calls of Object.values(CONTRACT_AREAS)) {
      for (const [name, call] of Object.entries(calls)) {
        expect(isCallName(name)).toBe(true);
        expect(contract[name as keyof typeof contract]).toBe(call);
      }
    }
  });
});
