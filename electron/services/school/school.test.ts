// The school liaison sees only their own school, with allowlisted fields, and every visitor
// whose data they saw is logged in their name.
import { describe, expect, it } from 'vitest';
import type { CallName, CallOutput } from '../../../shared/api/contract';
import { ACCESS, LIAISON_ALLOWED_KEYS } from '../../../shared/api/access';
import { listAudit } from '../../../db/repositories/audit';
import { listClasses } from '../../../db/repositories/region';
import { listClassItems } from '../../../db/repositories/manage-schools';
import { classForm } from '../../../test/support/manage-forms';
import { getTrialBooking } from '../../../db/repositories/bookings';
import { pastTrialBookingAt, trialVisitorNamesOnlyAt } from '../../../db/repositories/test-helpers-demo';
import { DEMO_TODAY, DEMO_WEEK } from '../../../test/support/demo-services';
import { useDemoProfiles, db, dispatch, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

/** The types of a message's parameters, nested messages included. */
function paramTypesOf(x: unknown, out: Set<string>): void {
  if (Array.isArray(x)) for (const v of x) paramTypesOf(v, out);
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if (typeof o.type === 'string') out.add(o.type);
    for (const v of Object.values(o)) paramTypesOf(v, out);
  }
}

/**
 * Every key in a JSON value, at any depth. A message (`msg`) counts as one key: its parameter
 * names are wording, not fields; a person among its parameters is reported as `msg:person`.
 */
function keysOf(x: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(x)) for (const v of x) keysOf(v, out);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      out.add(k);
      if (k === 'msg') {
        const types = new Set<string>();
        paramTypesOf(v, types);
        if (types.has('person')) out.add('msg:person');
      } else keysOf(v, out);
    }
  }
  return out;
}

describe('liaison data minimisation', () => {
  it('answers every call a liaison may make with allowlisted fields and only their own school', async () => {
    const liaison = await as('liaison', 'S-MERW');
    const pastMerw = pastTrialBookingAt(db, 'S-MERW', `${DEMO_TODAY}T00:00`)!;
    const inputs: Partial<Record<CallName, unknown>> = {
      'app.info': {},
      'app.logError': { message: 'TypeError: x is undefined', where: 'scherm' },
      'profile.options': {},
      'profile.select': { kind: 'liaison', schoolId: 'S-MERW' },
      'profile.current': {},
      'school.capacity': { weekStart: DEMO_WEEK, weeks: 2 },
      'school.updateClass': { classId: 'K-MERW-Z-1', trialSeats: 2 },
      'trial.recordOutcome': { bookingId: String(pastMerw.id), attended: true, routeAdvice: 'B1' },
      'moment.cancel': { moment: { kind: 'trial', classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' } },
      // First start only: with a region (and so a school to be liaison of) they are refused.
      'setup.createRegion': { name: 'Andere regio', gemeenten: ['Tiel'] },
      'setup.loadDemo': {},
      'classes.list': {},
      'classes.save': { ...classForm(listClassItems(db, DEMO_WEEK, { id: 'K-MERW-Z-1' })[0]!), trialSeats: 0, preview: true },
    };
    const refusedOnceSetUp = new Set<CallName>(['setup.createRegion', 'setup.loadDemo']);
    const liaisonCalls = (Object.keys(ACCESS) as CallName[]).filter((n) => ACCESS[n] === 'anyone' || (ACCESS[n] as readonly string[]).includes('liaison'));
    // A new liaison call must be added here, so that it is checked too.
    expect(Object.keys(inputs).sort()).toEqual(liaisonCalls.sort());

    const other = {
      ids: [
        'S-LING',
        ...listClasses(db)
          .filter((c) => c.schoolId === 'S-LING')
          .map((c) => c.id),
      ],
      // People who come only to the other school.
      names: trialVisitorNamesOnlyAt(db, 'S-LING', 'S-MERW'),
    };
    expect(other.names.length).toBeGreaterThan(0);
    let visitors = 0;
    for (const name of liaisonCalls) {
      const r = await dispatch(name, inputs[name], liaison);
      if (refusedOnceSetUp.has(name)) {
        expect(r.ok ? null : r.error.code, name).toBe('conflict');
        continue;
      }
      expect(r.ok, `${name}: ${r.ok ? '' : r.error.message}`).toBe(true);
      const data = r.ok ? r.data : null;
      const outside = [...keysOf(data)].filter((k) => !LIAISON_ALLOWED_KEYS.has(k));
      expect(outside, name).toEqual([]);
      // The profile picker lists every school by name by design (no participant data).
      if (name === 'profile.options') continue;
      const text = JSON.stringify(data);
      for (const id of other.ids) expect(text, `${name} noemt ${id}`).not.toContain(`"${id}"`);
      for (const n of other.names) expect(text, `${name} noemt ${n}`).not.toContain(n);
      if (name === 'school.capacity') visitors = (data as CallOutput<'school.capacity'>).trialVisitors.length;
    }
    expect(visitors).toBeGreaterThan(0);
  });

  it('writes an audit row per visitor whose data the liaison saw, in the liaison\u2019s name', async () => {
    const liaison = await as('liaison', 'S-MERW');
    const cap = await call(liaison, 'school.capacity', { weekStart: DEMO_WEEK, weeks: 1 });
    const seen = listAudit(db).filter((a) => a.actor === 'liaison:S-MERW' && a.action === 'view');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((a) => a.purpose === 'capaciteit taalschool' && a.entity === 'participant')).toBe(true);
    const ids = new Set(cap.trialVisitors.map((v) => getTrialBooking(db, Number(v.bookingId))!.participantId));
    expect(new Set(seen.map((a) => a.entityId))).toEqual(ids);
  });
});

describe('liaison lowers trial seats below what is booked', () => {
  it('is told before saving which lessons have more trial lessons booked, and saves only when confirmed', async () => {
    const c4 = await as('consultant', 'C-04');
    const liaison = await as('liaison', 'S-MERW');
    const cap = await call(liaison, 'school.capacity', { weekStart: DEMO_WEEK, weeks: 3 });
    const klass = cap.classes.find((k) => k.id === 'K-MERW-ALFA-1')!;
    const lesson = klass.lessons.find((l) => l.start.slice(0, 10) > DEMO_TODAY && l.trialFree > 0)!;
    // Fill the lesson's trial seats with three bookings (seats set to 3 first).
    await call(liaison, 'school.updateClass', { classId: klass.id, trialSeats: 3 });
    let booked = (await call(liaison, 'school.capacity', { weekStart: DEMO_WEEK, weeks: 3 })).classes
      .find((k) => k.id === klass.id)!
      .lessons.find((l) => l.start === lesson.start)!.trialBooked;
    for (const pid of ['P-029', 'P-030', 'P-069', 'P-067', 'P-072']) {
      if (booked >= 3) break;
      const r = await dispatch('trial.book', { participantId: pid, lessons: [{ classId: klass.id, start: lesson.start }] }, c4);
      if (r.ok) booked++;
    }
    expect(booked).toBe(3);
    const refused = await dispatch('school.updateClass', { classId: klass.id, trialSeats: 1 }, liaison);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({ code: 'conflict', field: 'confirm' });
    expect(refused.error.message).toMatch(/\(3 geboekt\).*Toch opslaan\?$/);
    expect(listClasses(db).find((k) => k.id === klass.id)!.trialSeats).toBe(3);
    const saved = await call(liaison, 'school.updateClass', { classId: klass.id, trialSeats: 1, confirm: true });
    expect(saved.class.trialSeats).toBe(1);
    expect(saved.overbooked).toContainEqual({ start: lesson.start, booked: 3 });
    // Raising seats again needs no confirmation.
    expect((await call(liaison, 'school.updateClass', { classId: klass.id, trialSeats: 2 })).overbooked).toContainEqual({ start: lesson.start, booked: 3 });
  });
});
