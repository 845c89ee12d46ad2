// Public holidays (issue 13): no flow offers or plans an activity on one. Week 52 of 2026 has
// Christmas Day (Fri 25 Dec) and Boxing Day (Sat 26 Dec); New Year's Day 2027 is a Friday.
import { describe, expect, it } from 'vitest';
import { buildInstance } from '../../../db/instance/instance-from-db';
import { renderMsg } from '../../../shared/messages';
import { isHoliday } from '../../../shared/domain/holidays';
import type { CallOutput } from '../../../shared/api/contract';
import { useDemoProfiles, NEXT_WEEK, db, call, dispatch, fail, as } from '../../../test/support/demo-profiles';
import { intakeMoments } from './startklas-intakes';

useDemoProfiles();

const CHRISTMAS_WEEK = '2026-12-21';
const NEW_YEAR_WEEK = '2026-12-28';
const onFriday = (times: { start: string }[], friday: string) => times.filter((t) => t.start.startsWith(friday));

describe('public holidays', () => {
  it('leave the planner no room, staff, lesson, intake or childcare on the day, and keep the other days', () => {
    // An ordinary Friday has all of them, so an empty holiday Friday is the holiday's doing.
    const normal = buildInstance(db, NEXT_WEEK);
    const friday = '2026-12-04';
    expect(
      onFriday(
        normal.rooms.flatMap((r) => r.available),
        friday,
      ).length,
    ).toBeGreaterThan(0);
    expect(
      onFriday(
        normal.consultants.flatMap((c) => c.available),
        friday,
      ).length,
    ).toBeGreaterThan(0);
    expect(
      onFriday(
        normal.classes.flatMap((c) => c.sessions),
        friday,
      ).length,
    ).toBeGreaterThan(0);
    expect(
      onFriday(
        normal.childcare.flatMap((c) => c.slots),
        friday,
      ).length,
    ).toBeGreaterThan(0);
    for (const [week, holiday] of [
      [CHRISTMAS_WEEK, '2026-12-25'],
      [NEW_YEAR_WEEK, '2027-01-01'],
    ]) {
      const inst = buildInstance(db, week);
      const times = [
        ...inst.rooms.flatMap((r) => r.available),
        ...inst.consultants.flatMap((c) => c.available),
        ...inst.interpreters.flatMap((t) => t.available),
        ...inst.classes.flatMap((c) => c.sessions),
        ...inst.startklasIntakes,
        ...inst.childcare.flatMap((c) => c.slots),
      ];
      expect(times.filter((t) => isHoliday(t.start))).toEqual([]);
      expect(onFriday(times, holiday)).toEqual([]);
      // The Thursday before still has rooms and lessons.
      expect(times.some((t) => t.start.startsWith(holiday === '2026-12-25' ? '2026-12-24' : '2026-12-31'))).toBe(true);
    }
  });

  it("offer no trial lesson on Christmas Day, Boxing Day or New Year's Day", async () => {
    const c4 = await as('consultant', 'C-04');
    const normal = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    // Lingestad's Alfa class meets on Fridays: an ordinary Friday is offered.
    expect(normal.schools.flatMap((s) => s.options).some((o) => o.classId === 'K-LING-ALFA-1' && o.start.startsWith('2026-12-11'))).toBe(true);
    for (const weekStart of [CHRISTMAS_WEEK, NEW_YEAR_WEEK]) {
      const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart });
      const starts = opts.schools.flatMap((s) => s.options).map((o) => o.start);
      expect(starts.length).toBeGreaterThan(0);
      expect(starts.filter((s) => isHoliday(s))).toEqual([]);
    }
    const christmas = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: CHRISTMAS_WEEK });
    const ling = christmas.schools.find((s) => s.school.id === 'S-LING')!.options.map((o) => o.start.slice(0, 10));
    expect(ling).toContain('2026-12-23');
    expect(ling).not.toContain('2026-12-25');
    expect(ling).not.toContain('2027-01-01');
  });

  it('refuse a toets slot on Christmas Day naming the holiday, and list none on it', async () => {
    const c1 = await as('consultant', 'C-01');
    const refused = await fail(c1, 'toets.openSlot', { roomId: 'R-MOL-TOETS', start: '2026-12-25T09:00' });
    expect(refused.code).toBe('invalid_input');
    expect(renderMsg(refused.msg!, 'nl')).toMatch(/^vr 25 dec is Eerste Kerstdag/);
    expect(renderMsg(refused.msg!, 'en')).toMatch(/^Fri 25 Dec is Christmas Day/);
    const slots = await call(await as('consultant', 'C-04'), 'toets.slots', { participantId: 'P-029', weekStart: CHRISTMAS_WEEK });
    expect(slots.slots.filter((s) => isHoliday(s.start))).toEqual([]);
  });

  it('refuse moving a session onto a holiday, naming it', async () => {
    const c1 = await as('consultant', 'C-01');
    // A toets slot on Thursday 24 December, at the first time the room and C-01 are free.
    let opened: string | null = null;
    const tried: string[] = [];
    for (const t of ['09:00', '11:00', '13:30', '15:00']) {
      const r = await dispatch('toets.openSlot', { roomId: 'R-MOL-TOETS', start: `2026-12-24T${t}` }, c1);
      if (r.ok) {
        opened = (r.data as CallOutput<'toets.openSlot'>).slot.sessionId;
        break;
      }
      tried.push(r.error.message);
    }
    expect(opened, tried.join(' / ')).not.toBeNull();
    const coordinator = await as('coordinator');
    const moved = await fail(coordinator, 'session.update', { sessionId: opened!, start: '2026-12-25T09:00' });
    expect(moved.code).toBe('invalid_input');
    expect(renderMsg(moved.msg!, 'en')).toMatch(/Christmas Day/);
    expect(renderMsg(moved.msg!, 'nl')).toMatch(/Eerste Kerstdag/);
  });

  it('hold no startklas intake on a holiday', () => {
    const moments = intakeMoments(db, '2026-12-14');
    expect(moments.length).toBeGreaterThan(0);
    expect(moments.filter((m) => isHoliday(m.date))).toEqual([]);
  });
});
