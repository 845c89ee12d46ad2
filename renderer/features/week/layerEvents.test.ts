import { describe, expect, it } from 'vitest';
import type { WeekLayers } from '../../../shared/api/contract';
import { translatorFor } from '../../i18n/translate';
import { layerEvents, layerItems, mergeBands } from './layerEvents';

const t = translatorFor('nl');

const layers: WeekLayers = {
  classSessions: [
    {
      classId: 'K1',
      schoolId: 'S1',
      schoolName: 'Taalhuis',
      route: 'B1',
      start: '2026-11-24T09:00',
      end: '2026-11-24T11:30',
      locationName: 'Arkel',
      trialSeats: 3,
      trialBooked: [{ id: 'P1', name: 'Fatima' }],
    },
    {
      classId: 'K2',
      schoolId: 'S2',
      schoolName: 'Taalcentrum',
      route: 'Z',
      start: '2026-11-24T10:00',
      end: '2026-11-24T12:00',
      locationName: 'Gorinchem',
      trialSeats: 1,
      trialBooked: [{ id: 'P2', name: 'Ali' }],
    },
    {
      classId: 'K1',
      schoolId: 'S1',
      schoolName: 'Taalhuis',
      route: 'B1',
      start: '2026-11-24T13:00',
      end: '2026-11-24T15:00',
      locationName: 'Arkel',
      trialSeats: 2,
      trialBooked: [],
    },
  ],
  intakes: [{ id: 'SK1', intakeId: 'SK1', start: '2026-11-24T10:00', end: '2026-11-24T10:45', locationName: 'De Brug', seats: 4, booked: [] }],
  childcare: [{ providerId: 'KO1', providerName: 'KO De Regenboog', kind: 'kinderopvang', start: '2026-11-24T08:30', end: '2026-11-24T12:30', free: 2, booked: [] }],
};

describe('layer bands', () => {
  it('merges overlapping items of one layer into one band', () => {
    const line = { text: 'x', full: false };
    const bands = mergeBands([
      { start: '2026-11-24T10:00', end: '2026-11-24T12:00', line },
      { start: '2026-11-24T09:00', end: '2026-11-24T11:30', line },
      { start: '2026-11-24T12:00', end: '2026-11-24T13:00', line },
    ]);
    // Touching is not overlapping: 12:00-13:00 is a band of its own.
    expect(bands.map((b) => [b.start, b.end, b.lines.length])).toEqual([
      ['2026-11-24T09:00', '2026-11-24T12:00', 2],
      ['2026-11-24T12:00', '2026-11-24T13:00', 1],
    ]);
  });

  it('says how many trial seats and childcare places are free, only for the layers shown', () => {
    const items = layerItems(layers, { classes: true, intakes: false, childcare: true }, t);
    expect(items.map((i) => i.layer)).toEqual(['classes', 'classes', 'childcare']);
    expect(items[0]!.lines.map((l) => [l.text, l.full])).toEqual([
      ['Taalhuis · B1-route: 2 van 3 proefplaatsen vrij', false],
      ['Taalcentrum · Z-route: 0 van 1 proefplaatsen vrij', true],
    ]);
    expect(items[2]!.lines[0]!.text).toBe('KO De Regenboog: 2 vrij');
    expect(layerEvents(layers, { classes: false, intakes: false, childcare: false }, t)).toEqual([]);
    const events = layerEvents(layers, { classes: false, intakes: true, childcare: false }, t);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ display: 'background', editable: false, start: '2026-11-24T10:00:00' });
  });
});
