// Toets booking by the consultant: slots with a certified consultant and the right free laptop;
// book, rebook, cancel; a certified consultant opens a slot.
import { describe, expect, it } from 'vitest';
import type { CallOutput } from '../../../shared/api/contract';
import { listAudit } from '../../../db/repositories/audit';
import { setDigitalSkill, toetsSeatsOf, consultantCertified, touchLaptopsOfSession, lowSkillSeatsOfSession } from '../../../db/repositories/test-helpers-demo';
import { useDemoProfiles, NEXT_WEEK, db, events, dispatch, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('consultant', () => {
  it('offers toets slots with a certified consultant and a free touch laptop for low digital skill; books, rebooks, cancels', async () => {
    const c4 = await as('consultant', 'C-04');
    setDigitalSkill(db, 'P-029', 'none');
    const slots = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(slots.laptopKind).toBe('touch');
    expect(slots.slots.length).toBeGreaterThan(0);
    for (const s of slots.slots) {
      expect(consultantCertified(db, s.consultant.id)!.t).toBe(1);
      const room = touchLaptopsOfSession(db, s.sessionId);
      const used = lowSkillSeatsOfSession(db, s.sessionId);
      expect(s.freeLaptops).toBeLessThanOrEqual(room!.touch - used!.n);
    }
    const [first, second] = slots.slots;
    const booked = await call(c4, 'toets.book', { participantId: 'P-029', sessionId: first!.sessionId });
    expect(booked.booked.sessionId).toBe(first!.sessionId);
    expect(events).toContainEqual({ type: 'week.changed', weekStart: NEXT_WEEK });
    const again = await call(c4, 'toets.book', { participantId: 'P-029', sessionId: second!.sessionId });
    expect(again.booked.sessionId).toBe(second!.sessionId);
    expect(toetsSeatsOf(db, 'P-029')).toEqual([{ session_id: second!.sessionId }]);
    expect((await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK })).booked?.sessionId).toBe(second!.sessionId);
    expect(await call(c4, 'toets.cancel', { participantId: 'P-029' })).toEqual({ cancelled: true });
    expect(await call(c4, 'toets.cancel', { participantId: 'P-029' })).toEqual({ cancelled: false });
    const trail = listAudit(db).filter((a) => a.actor === 'consultant:C-04' && a.entityId === 'P-029' && a.entity === 'booking');
    expect(trail.map((a) => a.action).reverse()).toEqual(['create', 'delete', 'create', 'delete']);
    // Not someone else's client.
    expect((await fail(c4, 'toets.book', { participantId: 'P-004', sessionId: first!.sessionId })).code).toBe('forbidden');
  });

  it('lets only a certified consultant open a toets slot in a free toets room', async () => {
    const c3 = await as('consultant', 'C-03');
    expect((await call(c3, 'toets.rooms', { weekStart: NEXT_WEEK })).certified).toBe(false);
    expect((await fail(c3, 'toets.openSlot', { roomId: 'R-MOL-TOETS', start: '2026-12-04T13:30' })).code).toBe('forbidden');
    const c1 = await as('consultant', 'C-01');
    const rooms = await call(c1, 'toets.rooms', { weekStart: NEXT_WEEK });
    expect(rooms.certified).toBe(true);
    expect(rooms.rooms.map((r) => r.id)).toContain('R-MOL-TOETS');
    // Find a time the room and C-01 are free by trying the morning and afternoon of each day.
    let opened: CallOutput<'toets.openSlot'> | null = null;
    const tried: string[] = [];
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) {
      for (const t of ['09:00', '13:30']) {
        const r = await dispatch('toets.openSlot', { roomId: 'R-MOL-TOETS', start: `${day}T${t}` }, c1);
        if (r.ok) opened = r.data as CallOutput<'toets.openSlot'>;
        else tried.push(r.error.message);
        if (opened) break;
      }
      if (opened) break;
    }
    expect(opened, tried.join(' / ')).not.toBeNull();
    expect(opened!.slot.consultant.id).toBe('C-01');
    const taken = await fail(c1, 'toets.openSlot', { roomId: 'R-MOL-TOETS', start: opened!.slot.start });
    expect(taken.code).toBe('conflict');
  });
});
