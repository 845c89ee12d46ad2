import { describe, expect, it } from 'vitest';
import type { PlannedSession } from '../../../shared/api/contract';
import { visibleHours } from './visibleHours';

const at = (start: string, end: string) => ({ start: `2026-11-23T${start}`, end: `2026-11-23T${end}` }) as PlannedSession;

describe('visibleHours', () => {
  it('shows 08:00-18:00 when every session fits', () => {
    expect(visibleHours([])).toEqual({ min: '08:00', max: '18:00' });
    expect(visibleHours([at('08:00', '18:00')])).toEqual({ min: '08:00', max: '18:00' });
  });
  it('widens to whole hours so no session is cut off', () => {
    expect(visibleHours([at('07:30', '09:00'), at('17:00', '18:15')])).toEqual({ min: '07:00', max: '19:00' });
  });
});
