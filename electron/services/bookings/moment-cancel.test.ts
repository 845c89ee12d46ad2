// Cancelling a whole trial lesson or startklas intake moment (moment.cancel): the preview names
// who would lose their place and changes nothing; confirmed, every booking goes in one write,
// the steps are to be booked again, the reason is in the audit log and the moment is no longer
// offered. A liaison cancels their own school's lessons only.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { countIntakeBookings, countTrialBookings } from '../../../db/repositories/bookings';
import { demandsOfKind, setIntakeSeatsEverywhere, setTrialSeats } from '../../../db/repositories/test-helpers-demo';
import { isMomentCancelled } from '../../../db/repositories/moments';
import { renderMsg } from '../../../shared/messages';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { useDemoProfiles, NEXT_WEEK, db, events, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

const LESSON = { kind: 'trial', classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' } as const;

/** P-029 and P-030 (clients of C-04) both booked into the Tuesday Alfa lesson at De Merwede. */
async function twoInLesson() {
  setTrialSeats(db, { classId: LESSON.classId }, 9);
  const before = countTrialBookings(db, LESSON.classId, LESSON.start);
  const c4 = await as('consultant', 'C-04');
  for (const participantId of ['P-030', 'P-029']) {
    await call(c4, 'trial.book', { participantId, lessons: [{ classId: LESSON.classId, start: LESSON.start }], override: { reason: 'Opvang geregeld door familie' } });
  }
  expect(countTrialBookings(db, LESSON.classId, LESSON.start)).toBe(before + 2);
  return { c4, booked: before + 2 };
}

describe('moment.cancel: a trial lesson', () => {
  it('previews who loses their place, with their consultant, and changes nothing', async () => {
    const { booked } = await twoInLesson();
    const coord = await as('coordinator');
    const auditBefore = listAudit(db).filter((a) => a.action !== 'view').length;
    const preview = await call(coord, 'moment.cancel', { moment: LESSON, reason: 'School dicht' });
    expect(preview.confirmed).toBe(false);
    expect(preview.moment).toMatchObject({ kind: 'trial', start: LESSON.start, className: expect.any(String), school: { id: 'S-MERW' } });
    expect(preview.participants.map((p) => p.id)).toEqual(expect.arrayContaining(['P-029', 'P-030']));
    expect(preview.participants).toHaveLength(booked);
    expect(preview.participants.filter((p) => ['P-029', 'P-030'].includes(p.id)).every((p) => p.consultant?.id === 'C-04' && p.name.length > 0)).toBe(true);
    expect(renderMsg(preview.msg, 'nl')).toMatch(new RegExp(`^Als u de proefles van klas .+ annuleert, verliezen ${booked} deelnemers de plek`));
    expect(renderMsg(preview.msg, 'en')).toMatch(new RegExp(`${booked} participants lose their place`));
    // Nothing changed: the bookings, the steps, the moment and the log (only the preview's view rows).
    expect(countTrialBookings(db, LESSON.classId, LESSON.start)).toBe(booked);
    expect(isMomentCancelled(db, LESSON)).toBe(false);
    expect(demandsOfKind(db, 'P-029', 'trialLesson').some((d) => d.status === 'planned')).toBe(true);
    expect(listAudit(db).filter((a) => a.action !== 'view').length).toBe(auditBefore);
  });

  it('confirmed, cancels every booking in the lesson, reopens the steps, logs the reason and offers the lesson no more', async () => {
    const { c4, booked } = await twoInLesson();
    const coord = await as('coordinator');
    events.length = 0;
    const done = await call(coord, 'moment.cancel', { moment: LESSON, reason: 'School dicht wegens storing', confirm: true });
    expect(done.confirmed).toBe(true);
    expect(done.participants).toHaveLength(booked);
    expect(renderMsg(done.msg, 'nl')).toMatch(new RegExp(`^Geannuleerd: de proefles van klas .+\\. ${booked} deelnemers staan weer op te boeken\\.$`));
    expect(countTrialBookings(db, LESSON.classId, LESSON.start)).toBe(0);
    expect(isMomentCancelled(db, LESSON)).toBe(true);
    // The steps are to be booked again, in the consultant's caseload too.
    const caseload = await call(c4, 'consultant.caseload', {});
    for (const id of ['P-029', 'P-030']) {
      const steps = caseload.items.find((i) => i.participant.id === id)!.steps.filter((s) => s.kind === 'trialLesson' && s.school?.id === 'S-MERW');
      expect(steps.length, id).toBeGreaterThan(0);
      expect(
        steps.every((s) => s.status === 'open'),
        id,
      ).toBe(true);
    }
    // The reason is in the log: per booking and for the moment.
    const rows = listAudit(db).filter((a) => a.action === 'delete' && a.purpose === 'moment annuleren');
    expect(rows.filter((a) => a.entity === 'booking').map((a) => a.entityId)).toEqual(expect.arrayContaining(['P-029', 'P-030']));
    expect(rows.filter((a) => a.entity === 'booking')).toHaveLength(booked);
    const momentRow = rows.find((a) => a.entity === 'moment')!;
    expect(momentRow.details).toMatchObject({ what: 'cancelled', kind: 'trial', participants: booked, reason: 'School dicht wegens storing' });
    expect(events).toContainEqual({ type: 'week.changed', weekStart: NEXT_WEEK });
    // No longer offered, nor bookable, nor given to the planner; a second cancel is refused.
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(opts.schools.flatMap((s) => s.options).some((o) => o.classId === LESSON.classId && o.start === LESSON.start)).toBe(false);
    expect(await fail(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: LESSON.classId, start: LESSON.start }] })).toMatchObject({ field: 'lessons.0.start' });
    const layers = await call(coord, 'week.layers', { weekStart: NEXT_WEEK });
    expect(layers.classSessions.some((s) => s.classId === LESSON.classId && s.start === LESSON.start)).toBe(false);
    expect(await fail(coord, 'moment.cancel', { moment: LESSON, confirm: true })).toMatchObject({ code: 'conflict', field: 'moment' });
  });

  it('refuses a lesson that does not exist or has passed', async () => {
    const coord = await as('coordinator');
    expect(await fail(coord, 'moment.cancel', { moment: { ...LESSON, start: '2026-12-01T13:00' } })).toMatchObject({ code: 'invalid_input', field: 'moment.start' });
    expect(await fail(coord, 'moment.cancel', { moment: { ...LESSON, start: '2026-11-17T09:00' } })).toMatchObject({ code: 'conflict', field: 'moment.start' });
  });
});

describe('moment.cancel: the liaison', () => {
  it('cancels their own school’s lesson, names no hint, and is refused another school’s lesson and any intake', async () => {
    const { booked } = await twoInLesson();
    const merw = await as('liaison', 'S-MERW');
    const preview = await call(merw, 'moment.cancel', { moment: LESSON });
    expect(preview.participants.map((p) => p.id)).toEqual(expect.arrayContaining(['P-029', 'P-030']));
    expect(preview.participants.every((p) => p.hint === undefined)).toBe(true);
    const ling = await as('liaison', 'S-LING');
    const refused = await fail(ling, 'moment.cancel', { moment: LESSON, confirm: true });
    // Another school's class is not found: its existence is not their business.
    expect(refused).toMatchObject({ code: 'not_found', field: 'moment.classId' });
    expect(countTrialBookings(db, LESSON.classId, LESSON.start)).toBe(booked);
    expect(isMomentCancelled(db, LESSON)).toBe(false);
    const coord = await as('coordinator');
    const intake = (await call(coord, 'week.layers', { weekStart: NEXT_WEEK })).intakes[0]!;
    expect(await fail(merw, 'moment.cancel', { moment: { kind: 'intake', intakeId: intake.intakeId, date: intake.start.slice(0, 10) } })).toMatchObject({ code: 'forbidden' });
    const done = await call(merw, 'moment.cancel', { moment: LESSON, confirm: true });
    expect(done.confirmed).toBe(true);
    expect(countTrialBookings(db, LESSON.classId, LESSON.start)).toBe(0);
    expect(listAudit(db).some((a) => a.entity === 'moment' && a.actor === 'liaison:S-MERW')).toBe(true);
  });

  it('a consultant may not cancel a moment', async () => {
    const c4 = await as('consultant', 'C-04');
    expect(await fail(c4, 'moment.cancel', { moment: LESSON })).toMatchObject({ code: 'forbidden' });
  });
});

describe('moment.cancel: a startklas intake moment', () => {
  it('cancels every booking of the moment, reopens the steps and no longer offers the moment', async () => {
    setIntakeSeatsEverywhere(db, 3);
    const c4 = await as('consultant', 'C-04');
    const chosen = (await call(c4, 'startklas.options', { participantId: 'P-029' })).options.find((o) => o.freeSeats >= 2)!;
    const moment = { kind: 'intake', intakeId: chosen.intakeId, date: chosen.date } as const;
    const before = countIntakeBookings(db, chosen.intakeId, chosen.date);
    for (const participantId of ['P-029', 'P-030']) {
      const r = await call(c4, 'startklas.register', { participantId, intakeId: chosen.intakeId, date: chosen.date, override: { reason: 'Oma past op' } });
      expect(r.status).toBe('booked');
    }
    const coord = await as('coordinator');
    const preview = await call(coord, 'moment.cancel', { moment });
    expect(preview.participants.map((p) => p.id)).toEqual(expect.arrayContaining(['P-029', 'P-030']));
    expect(preview.participants).toHaveLength(before + 2);
    expect(preview.moment).toMatchObject({ kind: 'intake', start: chosen.start, className: null, school: null });
    expect(countIntakeBookings(db, chosen.intakeId, chosen.date)).toBe(before + 2);

    const done = await call(coord, 'moment.cancel', { moment, reason: 'Docent ziek', confirm: true });
    expect(renderMsg(done.msg, 'en')).toMatch(/^Cancelled: the startklas intake moment at .+\. \d+ participants are to be booked again\.$/);
    expect(countIntakeBookings(db, chosen.intakeId, chosen.date)).toBe(0);
    for (const id of ['P-029', 'P-030']) expect(demandsOfKind(db, id, 'startklasIntake').map((d) => d.status)).toContain('open');
    const row = listAudit(db).find((a) => a.entity === 'moment' && a.action === 'delete')!;
    expect(row.details).toMatchObject({ kind: 'intake', intakeId: chosen.intakeId, date: chosen.date, reason: 'Docent ziek' });
    // Not offered any more, and refused when asked for by name.
    const again = await call(c4, 'startklas.options', { participantId: 'P-029' });
    expect(again.options.some((o) => o.intakeId === chosen.intakeId && o.date === chosen.date)).toBe(false);
    expect(await fail(c4, 'startklas.register', { participantId: 'P-029', intakeId: chosen.intakeId, date: chosen.date })).toMatchObject({ code: 'not_found', field: 'intakeId' });
    expect(chosen.date > DEMO_TODAY).toBe(true);
  });
});
