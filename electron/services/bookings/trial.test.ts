// Trial lessons at both schools with household warnings and childcare offers, booked by the
// consultant and seen, limited and recorded by the school's liaison.
import { describe, expect, it } from 'vitest';
import { setTrialSeats, moveTrialBooking, changeChildcareDaypart, childcareProvidersBooked } from '../../../db/repositories/test-helpers-demo';
import { useDemoProfiles, NEXT_WEEK, db, events, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('consultant', () => {
  it('offers trial lessons at both schools with household warnings and the childcare seat that solves them', async () => {
    const c4 = await as('consultant', 'C-04');
    setTrialSeats(db, { classId: 'K-LING-ALFA-1' }, 3);
    // A day-care seat early enough to cover the parents' travel on Tuesday morning.
    changeChildcareDaypart(db, 'KO-GOR', 2, '08:30', { start: '07:00', seats: 2 });
    // Partner P-030 takes the Tuesday Alfa lesson at De Merwede; both parents away, baby KND-017 at home.
    const partner = await call(c4, 'trial.book', { participantId: 'P-030', lessons: [{ classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' }] });
    expect(partner.bookings).toHaveLength(1);
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(opts.schools.map((s) => s.school.id).sort()).toEqual(['S-LING', 'S-MERW']);
    for (const s of opts.schools) for (const o of s.options) expect(o.route).toBe('Alfa');
    const clash = opts.schools.find((s) => s.school.id === 'S-LING')!.options.find((o) => o.start === '2026-12-01T09:00')!;
    expect(clash.warnings.map((w) => w.kind)).toEqual(expect.arrayContaining(['partner', 'childcare']));
    expect(clash.childcareOffers.map((o) => o.childId)).toContain('KND-017');
    const offer = clash.childcareOffers.find((o) => o.childId === 'KND-017')!;
    // The offer names its town (it may be another than the client's).
    expect(offer.town).toMatch(/\S/);
    const merw = opts.schools.find((s) => s.school.id === 'S-MERW')!.options.find((o) => o.warnings.length === 0)!;
    expect(merw).toBeDefined();
    const booked = await call(c4, 'trial.book', {
      participantId: 'P-029',
      lessons: [
        { classId: 'K-LING-ALFA-1', start: clash.start, childcare: clash.childcareOffers.map((o) => ({ childId: o.childId, providerId: o.providerId, slotStart: o.slotStart })) },
        { classId: merw.classId, start: merw.start },
      ],
    });
    expect(booked.bookings.map((b) => b.school.id).sort()).toEqual(['S-LING', 'S-MERW']);
    // With the childcare booked the care gap is gone; the partner overlap is still reported.
    expect(booked.warnings.map((w) => w.kind)).not.toContain('childcare');
    expect(booked.warnings.map((w) => w.kind)).toContain('partner');
    expect(childcareProvidersBooked(db, 'KND-017', offer.slotStart)).toEqual([{ p: offer.providerId }]);
    // The booked childcare is said after booking, with its town, and the client panel shows it (issue 13).
    expect(booked.childcare).toContainEqual(expect.objectContaining({ providerName: offer.providerName, town: offer.town, slotStart: offer.slotStart }));
    const panel = (await call(c4, 'consultant.caseload', {})).items.find((i) => i.participant.id === 'P-029')!;
    expect(panel.household!.children.find((c) => c.id === 'KND-017')!.care.map((x) => x.start)).toContain(offer.slotStart);

    // The liaison of De Merwede sees the booking, lowers trial seats and records the outcome; the consultant sees it.
    const liaison = await as('liaison', 'S-MERW');
    const cap = await call(liaison, 'school.capacity', { weekStart: NEXT_WEEK, weeks: 1 });
    const merwBooking = booked.bookings.find((b) => b.school.id === 'S-MERW')!;
    const visit = cap.trialVisitors.find((v) => v.bookingId === merwBooking.bookingId)!;
    expect(visit).toMatchObject({ start: merw.start, classId: merw.classId, routeIndication: 'Alfa' });
    expect(visit).toBeDefined();
    expect(cap.classes.find((c) => c.id === merw.classId)!.lessons.find((l) => l.start === merw.start)!.trialBooked).toBeGreaterThan(0);
    // Fewer seats than booked is said before saving (issue 13); confirmed, the booking stays.
    expect(await fail(liaison, 'school.updateClass', { classId: 'K-MERW-ALFA-1', trialSeats: 0 })).toMatchObject({ code: 'conflict', field: 'confirm' });
    const lowered = await call(liaison, 'school.updateClass', { classId: 'K-MERW-ALFA-1', trialSeats: 0, confirm: true });
    expect(lowered.overbooked.map((l) => l.start)).toContain(merw.start);
    const coord = await as('coordinator');
    const layers = await call(coord, 'week.layers', { weekStart: NEXT_WEEK });
    expect(layers.classSessions.filter((s) => s.classId === 'K-MERW-ALFA-1').every((s) => s.trialSeats === 0)).toBe(true);
    expect(events).toContainEqual({ type: 'data.changed', area: 'classes' });
    // Outcomes are for lessons that took place: pretend it is after the lesson.
    moveTrialBooking(db, Number(visit.bookingId), '2026-11-24T09:00', '2026-11-24T11:30');
    await call(liaison, 'trial.recordOutcome', { bookingId: visit.bookingId, attended: true, routeAdvice: 'Alfa' });
    const seen = await call(c4, 'consultant.caseload', { weekStart: NEXT_WEEK });
    expect(seen.items.find((i) => i.participant.id === 'P-029')!.trialOutcomes).toEqual([
      expect.objectContaining({ bookingId: visit.bookingId, schoolId: 'S-MERW', attended: true, routeAdvice: 'Alfa' }),
    ]);
    // Another school's class or booking is not the liaison's.
    expect((await fail(liaison, 'school.updateClass', { classId: 'K-LING-ALFA-1', trialSeats: 0 })).code).toBe('not_found');
    const ling = booked.bookings.find((b) => b.school.id === 'S-LING')!;
    expect((await fail(liaison, 'trial.recordOutcome', { bookingId: ling.bookingId, attended: false })).code).toBe('not_found');
    expect((await fail(liaison, 'school.updateClass', { classId: 'K-MERW-ALFA-1', capacity: 1 })).code).toBe('conflict');
  });

  it('says why a school has no trial lesson for the client', async () => {
    const c4 = await as('consultant', 'C-04');
    setTrialSeats(db, { schoolId: 'S-LING' }, 0);
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const ling = opts.schools.find((s) => s.school.id === 'S-LING')!;
    expect(ling.options).toEqual([]);
    expect(ling.reason).toBe('Taalhuis Lingestad heeft de komende 6 weken geen vrije proeflesplek in een klas voor route Alfa.');
    expect(opts.schools.find((s) => s.school.id === 'S-MERW')!.options.length).toBeGreaterThan(0);
    const wrong = await fail(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: 'K-MERW-B1-1', start: '2026-11-30T09:00' }] });
    expect(wrong).toMatchObject({ code: 'conflict', field: 'lessons.0.classId' });
  });
});
