// The checker remembers per-element work between checks of one instance. Whatever happens to
// a plan between checks (new objects or edits in place), the result must equal a check from
// scratch on a fresh copy.
import { describe, expect, it } from 'vitest';
import { checkPlan } from './check';
import { generateInstance } from '../../scripts/generate';
import { greedyPlan } from '../../scripts/generate/greedy-plan';
import { sfc32, type Rng } from '../domain/rng';
import type { Instance, Plan } from './spec';
import { fromMinutes, toMinutes } from '../domain/time';

const fresh = (instance: Instance, plan: Plan) => checkPlan(structuredClone(instance), structuredClone(plan));

function mutate(instance: Instance, plan: Plan, rng: Rng): string {
  const choice = rng.int(0, 8);
  const session = plan.sessions.length ? rng.pick(plan.sessions) : undefined;
  const seatAt = rng.int(0, Math.max(0, plan.seats.length - 1));
  switch (choice) {
    case 0:
      if (session) {
        const d = rng.pick([-1440, -120, -60, -30, 15, 30, 90, 1440]);
        session.start = fromMinutes(toMinutes(session.start) + d);
        session.end = fromMinutes(toMinutes(session.end) + d);
      }
      return 'session moved in place';
    case 1:
      if (session) plan.sessions[plan.sessions.indexOf(session)] = { ...session, roomId: rng.pick(instance.rooms).id };
      return 'session replaced with another room';
    case 2:
      if (session && session.participants.length > 0) session.participants.pop();
      return 'participant dropped from a session in place';
    case 3:
      if (session) session.participants.push(rng.pick(instance.participants).id);
      return 'participant added to a session';
    case 4:
      if (plan.seats.length) {
        const seat = plan.seats[seatAt];
        plan.seats.splice(seatAt, 1);
        plan.unplanned.push({ demandId: seat.demandId, reason: 'verplaatst' });
      }
      return 'seat removed';
    case 5:
      if (plan.seats.length) {
        const seat = plan.seats[seatAt];
        if ('classId' in seat) seat.start = rng.pick(instance.classes.find((c) => c.id === seat.classId)!.sessions).start;
        else seat.intakeId = rng.pick(instance.startklasIntakes).id;
      }
      return 'seat edited in place';
    case 6:
      if (plan.unplanned.length) plan.unplanned[rng.int(0, plan.unplanned.length - 1)].reason = rng.chance(0.5) ? '' : 'anders';
      return 'unplanned reason edited';
    case 7:
      plan.sessions = [...plan.sessions].reverse();
      return 'sessions reordered';
    default:
      plan.unplanned.shift();
      return 'unplanned entry dropped';
  }
}

describe('checkPlan between checks of one instance', () => {
  it('gives the same result as a fresh check after every kind of edit', () => {
    const instance = generateInstance({ participants: 200, seed: 11 });
    const plan = greedyPlan(instance);
    expect(checkPlan(instance, plan)).toEqual(fresh(instance, plan));
    const rng = sfc32(99);
    for (let step = 0; step < 120; step++) {
      const what = mutate(instance, plan, rng);
      const got = checkPlan(instance, plan);
      expect(got, `na stap ${step}: ${what}`).toEqual(fresh(instance, plan));
    }
  });

  it('sees in-place edits of each kind of element', () => {
    const instance = generateInstance({ participants: 200, seed: 4 });
    const plan = greedyPlan(instance);
    expect(checkPlan(instance, plan).violations).toEqual([]);
    // A session moved onto another of a participant's activities.
    const s = plan.sessions.find((x) => x.participants.some((p) => plan.seats.some((seat) => seat.participantId === p)))!;
    const pid = s.participants.find((p) => plan.seats.some((seat) => seat.participantId === p))!;
    const seat = plan.seats.find((x) => x.participantId === pid)!;
    const seatStart = 'classId' in seat ? seat.start : instance.startklasIntakes.find((k) => k.id === seat.intakeId)!.start;
    const keep = { start: s.start, end: s.end };
    s.start = seatStart;
    s.end = fromMinutes(toMinutes(seatStart) + toMinutes(keep.end) - toMinutes(keep.start));
    expect(checkPlan(instance, plan).violations.some((v) => v.rule === 1 && v.entities.includes(pid))).toBe(true);
    Object.assign(s, keep);
    expect(checkPlan(instance, plan).violations).toEqual([]);
    // A seat pointed at a class session that does not exist.
    if ('classId' in seat) {
      const before = seat.start;
      seat.start = '2000-01-01T09:00';
      expect(checkPlan(instance, plan).violations.map((v) => v.rule)).toContain(0);
      seat.start = before;
    }
    // An unplanned entry pointed at a demand that does not exist.
    const u = plan.unplanned[0];
    const id = u.demandId;
    u.demandId = 'D-bestaat-niet';
    expect(checkPlan(instance, plan).violations.map((v) => v.entities[0])).toEqual(expect.arrayContaining(['D-bestaat-niet', id]));
  });

  it('keeps the greedy plan of a generated week free of conflicts', () => {
    const instance = generateInstance({ participants: 500, seed: 3 });
    expect(checkPlan(instance, greedyPlan(instance)).violations).toEqual([]);
  });
});
