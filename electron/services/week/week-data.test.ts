// week.resources, week.layers and week.planning on the seeded demo week, checked against what is stored.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/api/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import { isoWeekday } from '../../../shared/domain/week';
import type { Db } from '../../../db/connection';
import {
  activeInterpreterCount,
  aRoomWithLocation,
  daypartSeats,
  intakeBookingCount,
  roomIds,
  storedSession,
  trialSeatsOfWeek,
  weekSessionRows,
} from '../../../db/repositories/week-test-queries';
import { callOk, coordinatorServices, DEMO_WEEK as W } from '../../../test/support/demo-services';
import type { ApiCtx } from '../../../shared/api/access';

let db: Db;
let dispatch: Dispatch<ApiCtx>;

beforeEach(() => {
  ({ db, dispatch } = coordinatorServices());
});

const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);
const session = (id: string) => storedSession(db, id)!;
const weekSessions = () => weekSessionRows(db, W);

describe('week data', () => {
  it('week.resources lists what is stored, with location names', async () => {
    const r = await call('week.resources', { weekStart: W });
    expect(r.rooms.map((x) => x.id)).toEqual(roomIds(db));
    expect(r.interpreters).toHaveLength(activeInterpreterCount(db));
    const room = aRoomWithLocation(db);
    expect(r.rooms.find((x) => x.id === room.id)?.locationName).toBe(room.loc);
  });

  it('week.layers shows class sessions with booked trial seats, intakes and childcare with free seats', async () => {
    const l = await call('week.layers', { weekStart: W });
    expect(l.classSessions.length).toBeGreaterThan(0);
    for (const c of l.classSessions) expect(c.start >= `${W}T00:00` && c.start < '2026-11-28T00:00').toBe(true);
    const trials = trialSeatsOfWeek(db, W);
    expect(trials.length).toBeGreaterThan(0);
    for (const t of trials) expect(l.classSessions.find((c) => c.classId === t.c && c.start === t.s)?.trialBooked.map((p) => p.id)).toContain(t.p);
    expect(l.classSessions.reduce((n, c) => n + c.trialBooked.length, 0)).toBe(trials.length);
    const intakeBooked = intakeBookingCount(db, W);
    expect(l.intakes.reduce((n, i) => n + i.booked.length, 0)).toBe(intakeBooked);
    for (const c of l.childcare) {
      const seats = daypartSeats(db, c.providerId, isoWeekday(c.start.slice(0, 10)), c.start.slice(11));
      expect(c.free + c.booked.length).toBe(Math.max(seats, c.booked.length));
    }
  });

  it('week.planning gives the instance, all stored sessions as a plan and their status', async () => {
    const p = await call('week.planning', { weekStart: W });
    expect(p.plan.sessions.map((s) => s.id).sort()).toEqual(
      weekSessions()
        .map((s) => s.id)
        .sort(),
    );
    for (const s of p.plan.sessions) expect(p.sessionStatus[s.id]).toBe(session(s.id).status);
    expect(p.instance.week.start).toBe(W);
  });
});
