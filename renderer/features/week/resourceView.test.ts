import { describe, expect, it } from 'vitest';
import type { PlannedSession, WeekResources } from '../../../shared/api/contract';
import { readPrefs } from './calendarPrefs';
import { NO_INTERPRETER, resourceChange, resourceIdOf, resourcesFor } from './resourceView';

const resources: WeekResources = {
  locations: [
    { id: 'L-GH', name: 'Gemeentehuis', gemeente: 'Gorinchem' },
    { id: 'L-VH', name: 'Stadskantoor', gemeente: 'Vijfheerenlanden' },
    { id: 'L-KO', name: 'Kinderopvang', gemeente: 'Gorinchem' },
  ],
  rooms: [
    { id: 'R-1', name: 'Raadzaal', locationId: 'L-GH', locationName: 'Gemeentehuis', gemeente: 'Gorinchem', capacity: 20, laptopsTouch: 0, laptopsMouse: 0, kinds: ['groupInfo'] },
    {
      id: 'R-T',
      name: 'Toetsruimte',
      locationId: 'L-VH',
      locationName: 'Stadskantoor',
      gemeente: 'Vijfheerenlanden',
      capacity: 8,
      laptopsTouch: 4,
      laptopsMouse: 2,
      kinds: ['toets'],
    },
    {
      id: 'R-2',
      name: 'Lekzaal',
      locationId: 'L-VH',
      locationName: 'Stadskantoor',
      gemeente: 'Vijfheerenlanden',
      capacity: 12,
      laptopsTouch: 0,
      laptopsMouse: 0,
      kinds: ['groupInfo'],
    },
  ],
  consultants: [{ id: 'C-1', name: 'Anne', languages: ['nl'], toetsCertified: true }],
  interpreters: [{ id: 'T-1', name: 'Nour', languages: ['ar'] }],
};

const session: PlannedSession = {
  id: 'S1',
  kind: 'groupInfo',
  status: 'accepted',
  start: '2026-11-24T09:00',
  end: '2026-11-24T11:00',
  language: 'ar',
  room: { id: 'R-1', name: 'Raadzaal', locationId: 'L-GH', locationName: 'Gemeentehuis', gemeente: 'Gorinchem' },
  consultant: { id: 'C-1', name: 'Anne' },
  interpreter: null,
  pinned: false,
  participantCount: 0,
  participants: [],
  version: 1,
};

describe('resource views', () => {
  it('has a row for sessions without an interpreter and only session locations', () => {
    expect(resourcesFor('interpreter', resources, 'Zonder tolk').map((r) => r.id)).toEqual(['T-1', NO_INTERPRETER]);
    expect(resourcesFor('location', resources, '').map((r) => r.id)).toEqual(['L-GH', 'L-VH']);
    expect(resourcesFor('room', resources, '').map((r) => r.group)).toEqual(['Gemeentehuis', 'Stadskantoor', 'Stadskantoor']);
    expect(resourceIdOf('interpreter', session)).toBe(NO_INTERPRETER);
    expect(resourceIdOf('location', session)).toBe('L-GH');
  });

  it('turns a drop on another row into the matching change', () => {
    const none = () => null;
    expect(resourceChange('room', session, 'R-2', resources, none)).toEqual({ roomId: 'R-2' });
    expect(resourceChange('room', session, 'R-1', resources, none)).toEqual({});
    expect(resourceChange('interpreter', session, 'T-1', resources, none)).toEqual({ interpreterId: 'T-1' });
    expect(resourceChange('interpreter', { ...session, interpreter: { id: 'T-1', name: 'Nour' } }, NO_INTERPRETER, resources, none)).toEqual({
      interpreterId: null,
    });
    expect(resourceChange('consultant', session, 'C-1', resources, none)).toEqual({});
  });

  it('picks a room of the right kind at a new location', () => {
    let offered: string[] = [];
    const change = resourceChange('location', session, 'L-VH', resources, (ids) => {
      offered = ids;
      return ids[0] ?? null;
    });
    // The toets room at that location cannot host a group session.
    expect(offered).toEqual(['R-2']);
    expect(change).toEqual({ roomId: 'R-2' });
    expect(resourceChange('location', session, 'L-KO', resources, () => 'x')).toEqual({});
  });
});

describe('saved calendar preferences', () => {
  it('falls back on defaults for missing or broken values', () => {
    expect(readPrefs(null)).toEqual({ mode: 'week', layers: { classes: false, intakes: false, childcare: false } });
    expect(readPrefs('{nonsense')).toEqual(readPrefs(null));
    expect(readPrefs(JSON.stringify({ mode: 'room', layers: { childcare: true, classes: 'yes' } }))).toEqual({
      mode: 'room',
      layers: { classes: false, intakes: false, childcare: true },
    });
    expect(readPrefs(JSON.stringify({ mode: 'month' })).mode).toBe('week');
  });
});
