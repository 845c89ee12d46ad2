import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../connection';
import { seedDemoRegion } from '../seed/demo-region';
import { InstanceSchema, type Plan } from '../../shared/planner/spec';
import { checkPlan } from '../../shared/planner/check';
import { planWeek } from '../../shared/planner/plan';
import { addDays } from '../../shared/domain/week';
import { listAudit } from '../repositories/audit';
import { buildInstance, priorityFromDue, storedPlan, storeProposal } from './instance-from-db';

const ANCHOR = '2026-11-23';
let db: Db;

beforeAll(() => {
  db = openDatabase(':memory:');
  seedDemoRegion(db, { seed: 2021, anchorWeekStart: ANCHOR });
});

const audit = { actor: 'test', purpose: 'test', now: () => '2026-11-23T10:00:00' };
const count = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;

describe('buildInstance', () => {
  it('builds a valid SPEC instance of the seeded demo week', () => {
    const inst = buildInstance(db, ANCHOR);
    expect(InstanceSchema.safeParse(inst).success).toBe(true);
    expect(inst.week).toEqual({ start: ANCHOR, days: 5 });
    expect(inst.participants.length).toBe(count('SELECT count(*) AS n FROM participants'));
    expect(inst.rooms.every((r) => r.available.every((a) => a.start >= `${ANCHOR}T00:00` && a.end <= `${addDays(ANCHOR, 5)}T00:00`))).toBe(true);
    // Demands met in this week are part of the week; those met in another week are not.
    const metHere = db.prepare('SELECT sp.demand_id AS d FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE s.week_start = ? LIMIT 1').get(ANCHOR) as {
      d: string;
    };
    const metNextWeek = db
      .prepare('SELECT sp.demand_id AS d FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE s.week_start = ? LIMIT 1')
      .get(addDays(ANCHOR, 7)) as { d: string };
    expect(inst.demands.some((d) => d.id === metHere.d)).toBe(true);
    expect(inst.demands.some((d) => d.id === metNextWeek.d)).toBe(false);
    expect(inst.demands.length).toBeGreaterThan(0);
    expect(inst.demands.every((d) => d.earliest >= `${ANCHOR}T08:30`)).toBe(true);
    expect(new Set(inst.demands.map((d) => d.kind))).toEqual(new Set(['groupInfo', 'toets', 'trialLesson', 'startklasIntake']));
  });

  it('gives the accepted bookings as the pinned part of a plan, and everything for the checker', () => {
    const inst = buildInstance(db, ANCHOR);
    const pinned = storedPlan(db, ANCHOR, inst, { only: 'accepted' });
    expect(pinned.sessions.map((s) => s.id).sort()).toEqual(
      (db.prepare("SELECT id FROM sessions WHERE week_start = ? AND status = 'accepted'").all(ANCHOR) as { id: string }[]).map((r) => r.id).sort(),
    );
    const first = pinned.sessions[0];
    const stored = db.prepare('SELECT participant_id AS p FROM session_participants WHERE session_id = ? ORDER BY participant_id').all(first.id) as { p: string }[];
    expect([...first.participants].sort()).toEqual(stored.map((r) => r.p));
    expect(pinned.seats.length).toBe(
      count('SELECT (SELECT count(*) FROM trial_bookings WHERE week_start = ?) + (SELECT count(*) FROM intake_bookings WHERE week_start = ?) AS n', ANCHOR, ANCHOR),
    );
  });

  it('gives household members outside the app a pseudo-adult, so they count as at home', () => {
    const h = db.prepare('SELECT id FROM households WHERE adults_outside > 0 LIMIT 1').get() as { id: string };
    const inst = buildInstance(db, ANCHOR);
    const adults = inst.households.find((x) => x.id === h.id)!.adults;
    expect(adults.filter((a) => !inst.participants.some((p) => p.id === a))).toHaveLength(1);
  });

  it('derives priority from how close the due date is', () => {
    expect(priorityFromDue('2026-11-20', ANCHOR)).toBe(10);
    expect(priorityFromDue('2026-11-27', ANCHOR)).toBe(9);
    expect(priorityFromDue('2027-03-01', ANCHOR)).toBe(3);
    expect(priorityFromDue(null, ANCHOR)).toBe(3);
  });
});

describe('the stored demo weeks pass the SPEC checker', () => {
  for (const week of [ANCHOR, addDays(ANCHOR, 7)]) {
    it(`week ${week} has no hard-rule violations (including the household rule)`, () => {
      const inst = buildInstance(db, week);
      const plan = storedPlan(db, week, inst);
      expect(plan.sessions.length).toBeGreaterThan(0);
      const result = checkPlan(inst, plan);
      expect(result.violations).toEqual([]);
      // The same check does see a conflict: a second session in the same room at the same time.
      const clash = { ...plan, sessions: [...plan.sessions, { ...plan.sessions[0], id: 'dubbel', participants: [] }] };
      expect(checkPlan(inst, clash).violations.length).toBeGreaterThan(0);
    });
  }

  it('a planner proposal for the open work, stored and read back, is still conflict-free with the accepted week', () => {
    const week = addDays(ANCHOR, 7);
    const before = buildInstance(db, week);
    const fixed = storedPlan(db, week, before, { only: 'accepted' });
    const proposal = planWeek(before, { timeLimitMs: 800, seed: 1, fixed });
    const result = storeProposal(db, week, proposal, audit);
    expect(result.sessions + result.seats).toBeGreaterThan(0);
    expect(result.sessions).toBe(proposal.sessions.length - fixed.sessions.length);
    const inst = buildInstance(db, week);
    const stored = storedPlan(db, week, inst);
    expect(stored.sessions.length).toBe(count('SELECT count(*) AS n FROM sessions WHERE week_start = ?', week));
    expect(checkPlan(inst, stored).violations).toEqual([]);
  });
});

describe('storeProposal', () => {
  beforeAll(() => {
    // A fresh region: the planner run above has used up open demands of the next weeks.
    db = openDatabase(':memory:');
    seedDemoRegion(db, { seed: 2021, anchorWeekStart: ANCHOR });
  });

  it('stores a plan as a proposal, replaces an earlier one, and keeps accepted sessions', () => {
    const week = addDays(ANCHOR, 14);
    const inst = buildInstance(db, week);
    const byKind = (kind: string) => inst.demands.filter((d) => d.kind === kind);
    const room = inst.rooms.find((r) => r.kinds.includes('toets') && r.available.length > 0)!;
    const start = room.available[0].start.slice(0, 10) + 'T09:00';
    const consultant = inst.consultants.find((c) => c.toetsCertified && c.available.some((a) => a.start <= start && a.end >= start.slice(0, 11) + '10:30'))!;
    const toets = byKind('toets')
      .filter((d) => d.earliest <= start)
      .slice(0, 2);
    const trial = byKind('trialLesson')[0];
    const cls = inst.classes.find((c) => c.schoolId === trial.schoolId && c.trialSeats > 0)!;
    const intake = byKind('startklasIntake')[0];
    const plan: Plan = {
      version: 1,
      sessions: [
        {
          id: 'S1',
          kind: 'toets',
          start,
          end: start.slice(0, 11) + '10:30',
          roomId: room.id,
          consultantId: consultant.id,
          interpreterId: null,
          language: null,
          participants: toets.map((d) => d.participantId),
        },
      ],
      seats: [
        { participantId: trial.participantId, demandId: trial.id, classId: cls.id, start: cls.sessions[0].start },
        { participantId: intake.participantId, demandId: intake.id, intakeId: inst.startklasIntakes[0].id },
      ],
      childcare: [{ childId: inst.households.find((h) => h.children.length)!.children[0].id, childcareId: inst.childcare[0].id, slotStart: inst.childcare[0].slots[0].start }],
      unplanned: [],
    };
    const acceptedBefore = count("SELECT count(*) AS n FROM sessions WHERE status = 'accepted'");
    expect(storeProposal(db, week, plan, audit)).toEqual({ sessions: 1, seats: 2, childcare: 1 });
    expect(count("SELECT count(*) AS n FROM sessions WHERE status = 'proposed' AND week_start = ?", week)).toBe(1);
    expect(count("SELECT count(*) AS n FROM trial_bookings WHERE status = 'proposed' AND week_start = ?", week)).toBe(1);
    expect(count("SELECT count(*) AS n FROM intake_bookings WHERE status = 'proposed' AND week_start = ?", week)).toBe(1);
    expect(count("SELECT count(*) AS n FROM demands WHERE id IN (?, ?, ?) AND status = 'planned'", toets[0].id, trial.id, intake.id)).toBe(3);
    expect(listAudit(db, { entity: 'booking', entityId: trial.participantId })[0]).toMatchObject({ action: 'create', actor: 'test' });

    // The proposal's demands are planned, yet a rebuild of the week offers them again for replanning.
    expect(buildInstance(db, week).demands.map((d) => d.id)).toEqual(expect.arrayContaining([toets[0].id, trial.id]));

    const proposedIds = () => (db.prepare("SELECT id FROM sessions WHERE status = 'proposed' AND week_start = ?").all(week) as { id: string }[]).map((r) => r.id);
    const firstIds = proposedIds();

    // A second proposal replaces the first entirely.
    expect(storeProposal(db, week, { ...plan, seats: [], childcare: [] }, audit)).toEqual({ sessions: 1, seats: 0, childcare: 0 });
    // The planner calls its session S1 both times; stored, each run's session has its own id
    // (a calendar UID is made from it and must never name another session).
    expect(proposedIds()[0]).toMatch(/^VS-2026W50-[0-9a-f]{8}-S1$/);
    expect(proposedIds()).not.toEqual(firstIds);
    expect(count("SELECT count(*) AS n FROM sessions WHERE status = 'proposed' AND week_start = ?", week)).toBe(1);
    expect(count("SELECT count(*) AS n FROM trial_bookings WHERE status = 'proposed' AND week_start = ?", week)).toBe(0);
    expect(count('SELECT count(*) AS n FROM demands WHERE id = ? AND status = ?', trial.id, 'open')).toBe(1);
    expect(count("SELECT count(*) AS n FROM sessions WHERE status = 'accepted'")).toBe(acceptedBefore);
  });

  it('stores nothing when part of the plan is wrong', () => {
    const week = addDays(ANCHOR, 21);
    const before = count('SELECT count(*) AS n FROM audit_log');
    const bad: Plan = {
      version: 1,
      sessions: [],
      seats: [{ participantId: 'P-001', demandId: 'nope', intakeId: `SK-DI@${addDays(week, 1)}` }],
      childcare: [],
      unplanned: [],
    };
    expect(() => storeProposal(db, week, bad, audit)).toThrow(/bestaat niet/);
    expect(() => storeProposal(db, week, { ...bad, seats: [], childcare: [{ childId: 'KND-001', childcareId: 'KO-GOR', slotStart: `${week}T07:00` }] }, audit)).toThrow(/dagdeel/);
    expect(count('SELECT count(*) AS n FROM audit_log')).toBe(before);
  });
});
