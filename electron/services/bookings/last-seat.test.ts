// The last seat is sold once (issue 14): two processes on one database file, the second booking
// the same last seat right before each write transaction of the first in turn, and once after.
// Whichever comes first gets it, the other a clear refusal, and no count ever passes capacity:
// every capacity check runs inside the transaction that books.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiCtx } from '../../../shared/api/access';
import type { ApiResult } from '../../../shared/api/errors';
import { addDays, mondayOf } from '../../../shared/domain/week';
import { hhmmToMinutes } from '../../../shared/domain/time';
import type { Db } from '../../../db/connection';
import type { DatabaseTemplate } from '../../../db/repositories/test-helpers-two-connections';
import {
  clientsForGroupInfoIn,
  clientsWithoutIntake,
  groupInfoSeatsIn,
  intakeMomentsAfter,
  sessionsOverlapping,
  setGroupInfoMaxSize,
} from '../../../db/repositories/test-helpers-two-connections';
import {
  changeChildcareDaypart,
  lowSkillSeatsOfSession,
  setIntakeSeatsEverywhere,
  setTouchLaptopsEverywhere,
  setTrialSeats,
  touchLaptopsOfSession,
} from '../../../db/repositories/test-helpers-demo';
import { countChildcareBookings, countTrialBookings } from '../../../db/repositories/bookings';
import { getRegion } from '../../../db/repositories/region';
import { weekIntervals } from '../../../db/repositories/availability';
import { hasOverlappingSession } from '../../../db/repositories/toets-slots';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { demoTemplate, raceAtEveryWrite } from '../../../test/support/two-connections';

let template: DatabaseTemplate;
beforeAll(() => {
  template = demoTemplate();
});
afterAll(() => template.remove());

/** The one that came first got it; the other got `refusal`. */
function expectOneWinner(first: ApiResult<unknown>, second: ApiResult<unknown>, secondFirst: boolean, moment: string, refusal: Record<string, unknown>) {
  const [winner, loser] = secondFirst ? [second, first] : [first, second];
  expect(winner.ok, `${moment}: ${JSON.stringify(winner)}`).toBe(true);
  expect(loser.ok ? null : loser.error, moment).toMatchObject(refusal);
}

const data = (r: ApiResult<unknown>) => (r.ok ? (r.data as Record<string, unknown>) : null);

const CLASS = 'K-MERW-ALFA-1';
const LESSON = '2026-12-01T09:00';

describe('the last seat, booked from two processes at once', () => {
  it('trial lesson: one client gets the last trial seat, the other is refused', async () => {
    let seats = 0;
    let me: ApiCtx, other: ApiCtx;
    const plays = await raceAtEveryWrite(template, {
      async setup({ a, b }) {
        seats = countTrialBookings(a.db, CLASS, LESSON) + 1;
        setTrialSeats(a.db, { classId: CLASS }, seats);
        me = await a.as('consultant', 'C-04');
        other = await b.as('consultant', 'C-04');
      },
      first: ({ a }) => a.call(me, 'trial.book', { participantId: 'P-029', lessons: [{ classId: CLASS, start: LESSON }] }),
      second: ({ b }) => b.call(other, 'trial.book', { participantId: 'P-030', lessons: [{ classId: CLASS, start: LESSON }] }),
      check({ a }, first, second, secondFirst, moment) {
        expectOneWinner(first, second, secondFirst, moment, {
          code: 'conflict',
          field: 'lessons.0.start',
          // The class by school and class name, the lesson at its own times (issue 13: no ids, "di 1 dec").
          message: expect.stringMatching(/^Geen vrije proeflesplek meer in klas .+ van .+ op di 1 dec 09:00–\d\d:\d\d\.$/),
          msg: expect.objectContaining({ code: 'booking.trial.noSeat' }),
        });
        expect(countTrialBookings(a.db, CLASS, LESSON), moment).toBe(seats);
      },
    });
    expect(plays).toBeGreaterThanOrEqual(2);
  });

  it('childcare with a trial lesson: one child gets the last seat of the day-part, the other booking is refused whole', async () => {
    const SLOT = '2026-12-01T08:30';
    let trialBefore = 0;
    let careSeats = 0;
    let me: ApiCtx, other: ApiCtx;
    await raceAtEveryWrite(template, {
      async setup({ a, b }) {
        trialBefore = countTrialBookings(a.db, CLASS, LESSON);
        setTrialSeats(a.db, { classId: CLASS }, trialBefore + 2);
        careSeats = countChildcareBookings(a.db, 'KO-GOR', SLOT) + 1;
        changeChildcareDaypart(a.db, 'KO-GOR', 2, '08:30', { start: '08:30', seats: careSeats });
        me = await a.as('consultant', 'C-04');
        other = await b.as('consultant', 'C-04');
      },
      first: ({ a }) =>
        a.call(me, 'trial.book', {
          participantId: 'P-029',
          lessons: [{ classId: CLASS, start: LESSON, childcare: [{ childId: 'KND-017', providerId: 'KO-GOR', slotStart: SLOT }] }],
        }),
      second: ({ b }) =>
        b.call(other, 'trial.book', {
          participantId: 'P-030',
          lessons: [{ classId: CLASS, start: LESSON, childcare: [{ childId: 'KND-016', providerId: 'KO-GOR', slotStart: SLOT }] }],
        }),
      check({ a }, first, second, secondFirst, moment) {
        expectOneWinner(first, second, secondFirst, moment, {
          code: 'conflict',
          field: 'lessons.0.childcare.0.slotStart',
          message: 'Kinderopvang De Vlinder heeft dan geen vrije plek meer.',
        });
        expect(countChildcareBookings(a.db, 'KO-GOR', SLOT), moment).toBe(careSeats);
        expect(countTrialBookings(a.db, CLASS, LESSON), moment).toBe(trialBefore + 1);
      },
    });
  });

  it('toets: one client gets the last touch laptop, the other is refused', async () => {
    const SESSION = 'SES-2026W49-07';
    let me: ApiCtx, other: ApiCtx;
    const plays = await raceAtEveryWrite(template, {
      async setup({ a, b }) {
        setTouchLaptopsEverywhere(a.db, lowSkillSeatsOfSession(a.db, SESSION).n + 1);
        me = await a.as('consultant', 'C-04');
        other = await b.as('consultant', 'C-04');
      },
      // Both have no digital skill: each needs a touch laptop.
      first: ({ a }) => a.call(me, 'toets.book', { participantId: 'P-029', sessionId: SESSION }),
      second: ({ b }) => b.call(other, 'toets.book', { participantId: 'P-030', sessionId: SESSION }),
      check({ a }, first, second, secondFirst, moment) {
        expectOneWinner(first, second, secondFirst, moment, { code: 'conflict', field: 'sessionId', message: 'Geen vrije touchscreen-laptop meer bij dit toetsmoment.' });
        expect(lowSkillSeatsOfSession(a.db, SESSION).n, moment).toBe(touchLaptopsOfSession(a.db, SESSION)!.touch);
      },
    });
    expect(plays).toBeGreaterThanOrEqual(2);
  });

  it('startklas: one client gets the last intake seat, the other goes on the waiting list', async () => {
    const LATER = '2026-12-04';
    let me: ApiCtx, other: ApiCtx;
    let racers: string[] = [];
    const plays = await raceAtEveryWrite(template, {
      async setup({ a, b }) {
        // One seat per moment; the demo already fills the moments up to LATER, and three
        // registrations fill all but the last moment after it within the horizon.
        setIntakeSeatsEverywhere(a.db, 1);
        me = await a.as('consultant', 'C-01');
        other = await b.as('consultant', 'C-01');
        const free = clientsWithoutIntake(a.db, 'C-01');
        for (const id of free.slice(0, 3)) {
          const r = data(await a.call(me, 'startklas.register', { participantId: id }));
          expect((r?.intake as { date: string } | null)?.date ?? '').toSatisfy((date: string) => date > LATER);
        }
        racers = free.slice(3, 5);
      },
      first: ({ a }) => a.call(me, 'startklas.register', { participantId: racers[0]! }),
      second: ({ b }) => b.call(other, 'startklas.register', { participantId: racers[1]! }),
      check({ a }, first, second, secondFirst, moment) {
        const [winner, loser] = secondFirst ? [second, first] : [first, second];
        expect(data(winner), moment).toMatchObject({ status: 'booked', waitingPosition: null });
        expect(data(loser), moment).toEqual({ status: 'waiting', intake: null, waitingPosition: 1, warnings: [] });
        const later = intakeMomentsAfter(a.db, LATER);
        expect(
          later.map((m) => m.taken),
          moment,
        ).toEqual([1, 1, 1, 1]);
      },
    });
    expect(plays).toBeGreaterThanOrEqual(3);
  });

  it('group information: one client gets the last seat in their language, the other goes on the list', async () => {
    const AFTER = `${DEMO_TODAY}T23:59`;
    let me: ApiCtx, other: ApiCtx;
    let racers: string[] = [];
    await raceAtEveryWrite(template, {
      async setup({ a, b }) {
        // Two Tigrinya sessions with three seats taken each: a fourth seat each, one given away now.
        setGroupInfoMaxSize(a.db, 4);
        expect(groupInfoSeatsIn(a.db, 'ti', AFTER).map((s) => s.booked)).toEqual([3, 3]);
        me = await a.as('consultant', 'C-01');
        other = await b.as('consultant', 'C-01');
        const clients = clientsForGroupInfoIn(a.db, 'C-01', 'ti');
        expect(data(await a.call(me, 'groupInfo.enlist', { participantId: clients[0]! }))?.session).not.toBeNull();
        racers = clients.slice(1, 3);
      },
      first: ({ a }) => a.call(me, 'groupInfo.enlist', { participantId: racers[0]! }),
      second: ({ b }) => b.call(other, 'groupInfo.enlist', { participantId: racers[1]! }),
      check({ a }, first, second, secondFirst, moment) {
        const [winner, loser] = secondFirst ? [second, first] : [first, second];
        expect(data(winner)?.message, moment).toMatch(/^Aangemeld voor de groepsvoorlichting van /);
        expect(data(loser), moment).toMatchObject({ session: null, message: expect.stringContaining('staat op de lijst voor groepsvoorlichting') });
        expect(
          groupInfoSeatsIn(a.db, 'ti', AFTER).map((s) => s.booked),
          moment,
        ).toEqual([4, 4]);
      },
    });
  });
});

/** The first start from 1 December on at which the rooms are open and free, and the consultants available and free. */
function freeToetsTime(db: Db, rooms: string[], consultants: string[]): { start: string; end: string } {
  const minutes = getRegion(db)!.toets.minutes;
  for (let d = 0; d < 4; d++) {
    const day = addDays('2026-12-01', d);
    const week = mondayOf(day);
    const roomTimes = weekIntervals(db, 'room', week);
    const consultantTimes = weekIntervals(db, 'consultant', week);
    for (const hhmm of ['09:00', '10:00', '11:00', '13:00', '13:30', '14:30']) {
      const start = `${day}T${hhmm}`;
      const endMin = hhmmToMinutes(hhmm) + minutes;
      const end = `${day}T${String(Math.floor(endMin / 60)).padStart(2, '0')}:${String(endMin % 60).padStart(2, '0')}`;
      const open = (times: typeof roomTimes, id: string) => (times.get(id) ?? []).some((i) => i.start <= start && end <= i.end);
      if (!rooms.every((r) => open(roomTimes, r) && !hasOverlappingSession(db, 'room', r, start, end))) continue;
      if (!consultants.every((c) => open(consultantTimes, c) && !hasOverlappingSession(db, 'consultant', c, start, end))) continue;
      return { start, end };
    }
  }
  throw new Error(`geen vrije tijd voor ${rooms.join(', ')} met ${consultants.join(', ')}`);
}

describe('a new toets slot, opened from two processes at once', () => {
  const ROOMS = ['R-GOR-TOETS', 'R-MOL-TOETS', 'R-VHL-TOETS'];

  it('one consultant gets the free room at that time, the other is refused', async () => {
    let when = { start: '', end: '' };
    let room = '';
    let me: ApiCtx, other: ApiCtx;
    const plays = await raceAtEveryWrite(template, {
      async setup({ a, b }) {
        room = ROOMS.find((r) => {
          try {
            return freeToetsTime(a.db, [r], ['C-01', 'C-04']);
          } catch {
            return false;
          }
        })!;
        when = freeToetsTime(a.db, [room], ['C-01', 'C-04']);
        me = await a.as('consultant', 'C-01');
        other = await b.as('consultant', 'C-04');
      },
      first: ({ a }) => a.call(me, 'toets.openSlot', { roomId: room, start: when.start }),
      second: ({ b }) => b.call(other, 'toets.openSlot', { roomId: room, start: when.start }),
      check({ a }, first, second, secondFirst, moment) {
        expectOneWinner(first, second, secondFirst, moment, { code: 'conflict', field: 'start', message: expect.stringMatching(/ is dan al bezet\.$/) });
        expect(sessionsOverlapping(a.db, 'room', room, when.start, when.end), moment).toBe(1);
      },
    });
    expect(plays).toBeGreaterThanOrEqual(2);
  });

  it('a consultant opening slots in two rooms from two windows gets one', async () => {
    let when = { start: '', end: '' };
    let rooms: string[] = [];
    let me: ApiCtx, other: ApiCtx;
    await raceAtEveryWrite(template, {
      async setup({ a, b }) {
        rooms = ROOMS.slice(0, 2);
        when = freeToetsTime(a.db, rooms, ['C-01']);
        me = await a.as('consultant', 'C-01');
        other = await b.as('consultant', 'C-01');
      },
      first: ({ a }) => a.call(me, 'toets.openSlot', { roomId: rooms[0]!, start: when.start }),
      second: ({ b }) => b.call(other, 'toets.openSlot', { roomId: rooms[1]!, start: when.start }),
      check({ a }, first, second, secondFirst, moment) {
        expectOneWinner(first, second, secondFirst, moment, { code: 'conflict', field: 'start', message: 'U heeft dan al een sessie.' });
        expect(sessionsOverlapping(a.db, 'consultant', 'C-01', when.start, when.end), moment).toBe(1);
      },
    });
  });
});
