import { describe, expect, it } from 'vitest';
import { hashToPlace, placeToHash } from './location';

describe('address of a screen', () => {
  it('round-trips a week by its ISO label', () => {
    const hash = placeToHash({ role: 'coordinator', section: 'week', weekStart: '2026-11-23' });
    expect(hash).toBe('#/weekplanning/2026-W48');
    expect(hashToPlace(hash)).toEqual({ role: 'coordinator', section: 'week', weekStart: '2026-11-23' });
  });
  it('uses the ISO year around New Year', () => {
    expect(placeToHash({ role: 'coordinator', section: 'week', weekStart: '2026-12-28' })).toBe('#/weekplanning/2026-W53');
    expect(hashToPlace('#/weekplanning/2027-W01').weekStart).toBe('2027-01-04');
  });
  it('knows the other tabs and falls back on nonsense', () => {
    expect(hashToPlace('#/deelnemers')).toMatchObject({ role: 'coordinator', section: 'participants' });
    expect(hashToPlace('#/regio')).toMatchObject({ role: 'coordinator', section: 'region' });
    expect(placeToHash({ role: 'coordinator', section: 'region', weekStart: '2026-11-23' })).toBe('#/regio');
    expect(hashToPlace('#/beheer')).toMatchObject({ role: 'coordinator', section: 'manage' });
    expect(placeToHash({ role: 'coordinator', section: 'manage', weekStart: '2026-11-23' })).toBe('#/beheer');
    expect(hashToPlace('#/taalschool').role).toBe('school');
    expect(hashToPlace('#/consulent').role).toBe('consultant');
    expect(hashToPlace('#/weekplanning/2026-W54')).toEqual({ role: 'coordinator', section: 'week', weekStart: null });
    expect(hashToPlace('')).toEqual({ role: 'coordinator', section: 'week', weekStart: null });
  });
  it("gives a client's page its own address, for the coordinator and a consultant", () => {
    expect(placeToHash({ role: 'coordinator', section: 'participants', weekStart: null, client: 'P-079' })).toBe('#/deelnemers/P-079');
    expect(hashToPlace('#/deelnemers/P-079')).toEqual({ role: 'coordinator', section: 'participants', weekStart: null, client: 'P-079' });
    expect(placeToHash({ role: 'consultant', section: 'week', weekStart: null, client: 'a b/c' })).toBe('#/consulent/a%20b%2Fc');
    expect(hashToPlace('#/consulent/a%20b%2Fc')).toMatchObject({ role: 'consultant', client: 'a b/c' });
    // The page lives in the participants tab: elsewhere the address names the tab alone.
    expect(placeToHash({ role: 'coordinator', section: 'week', weekStart: '2026-11-23', client: 'P-079' })).toBe('#/weekplanning/2026-W48');
    expect(hashToPlace('#/weekplanning/2026-W48').client).toBeUndefined();
  });
});
