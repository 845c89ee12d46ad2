// The coordinator's week through dispatch on the seeded demo region: data, conflicts with
// fixes, edits with audit and undo, publishing, export and deadlines.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../shared/api/dispatch';
import type { AppEvent, CallInput, CallName, CallOutput } from '../../shared/api/contract';
import { isoWeekday } from '../../shared/domain/week';
import { activityTerm, compareUrgency, pipTerm } from '../../shared/domain/deadlines';
import { parseIcs } from '../../shared/export/ics';
import { checkPlan } from '../../shared/planner/check';
import { applyAction, violationKey } from '../../shared/planner/repair';
import type { Db } from '../../db/connection';
import { listAudit } from '../../db/repositories/audit';
import { callOk, DEMO_TODAY as TODAY, DEMO_WEEK as W, demoServices } from './demo-services';
import { anonymousCtx, type ApiCtx } from '../../shared/api/access';

let db: Db;
let events: AppEvent[];
let dispatch: Dispatch<ApiCtx>;

beforeEach(() => {
  let tick = 0;
  const now = () => `2026-11-25T10:${String(Math.floor(tick / 60) % 60).padStart(2, '0')}:${String(tick++ % 60).padStart(2, '0')}`;
  ({ db, events, dispatch } = demoServices(
    { now, actor: 'test-coördinator' },
    {
      onInternalError: (name, err) => {
        throw new Error(`${name}: ${String(err)}`);
      },
    },
  ));
});

const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);

async function fail(name: CallName, input: unknown) {
  const r = await dispatch(name, input, anonymousCtx());
  if (r.ok) throw new Error(`${name} had moeten falen`);
  return r.error;
}

const rows = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as T[];
const one = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as T;
const session = (id: string) =>
  one<{ start: string; end: string; room: string; interp: string | null; status: string; pinned: number }>(
    'SELECT start_time AS start, end_time AS end, room_id AS room, interpreter_id AS interp, status, pinned FROM sessions WHERE id = ?',
    id,
  );
const weekSessions = () =>
  rows<{ id: string; kind: string; start: string; end: string; room: string; consultant: string; interp: string | null; language: string | null }>(
    `SELECT id, kind, start_time AS start, end_time AS end, room_id AS room, consultant_id AS consultant, interpreter_id AS interp, language
     FROM sessions WHERE week_start = ? ORDER BY start_time, id`,
    W,
  );

describe('week data', () => {
  it('week.resources lists what is stored, with location names', async () => {
    const r = await call('week.resources', { weekStart: W });
    expect(r.rooms.map((x) => x.id)).toEqual(rows<{ id: string }>('SELECT id FROM rooms ORDER BY id').map((x) => x.id));
    expect(r.interpreters).toHaveLength(one<{ n: number }>('SELECT count(*) AS n FROM interpreters WHERE active = 1').n);
    const room = one<{ id: string; loc: string }>('SELECT r.id, l.name AS loc FROM rooms r JOIN locations l ON l.id = r.location_id LIMIT 1');
    expect(r.rooms.find((x) => x.id === room.id)?.locationName).toBe(room.loc);
  });

  it('week.layers shows class sessions with booked trial seats, intakes and childcare with free seats', async () => {
    const l = await call('week.layers', { weekStart: W });
    expect(l.classSessions.length).toBeGreaterThan(0);
    for (const c of l.classSessions) expect(c.start >= `${W}T00:00` && c.start < '2026-11-28T00:00').toBe(true);
    const trials = rows<{ c: string; s: string; p: string }>('SELECT class_id AS c, start_time AS s, participant_id AS p FROM trial_bookings WHERE week_start = ?', W);
    expect(trials.length).toBeGreaterThan(0);
    for (const t of trials) expect(l.classSessions.find((c) => c.classId === t.c && c.start === t.s)?.trialBooked.map((p) => p.id)).toContain(t.p);
    expect(l.classSessions.reduce((n, c) => n + c.trialBooked.length, 0)).toBe(trials.length);
    const intakeBooked = one<{ n: number }>('SELECT count(*) AS n FROM intake_bookings WHERE week_start = ?', W).n;
    expect(l.intakes.reduce((n, i) => n + i.booked.length, 0)).toBe(intakeBooked);
    for (const c of l.childcare) {
      const seats = one<{ seats: number }>('SELECT seats FROM childcare_dayparts WHERE provider_id = ? AND weekday = ? AND start_time = ?', c.providerId, isoWeekday(c.start.slice(0, 10)), c.start.slice(11)).seats;
      expect(c.free + c.booked.length).toBe(Math.max(seats, c.booked.length));
    }
  });

  it('week.planning gives the instance, all stored sessions as a plan and their status', async () => {
    const p = await call('week.planning', { weekStart: W });
    expect(p.plan.sessions.map((s) => s.id).sort()).toEqual(weekSessions().map((s) => s.id).sort());
    for (const s of p.plan.sessions) expect(p.sessionStatus[s.id]).toBe(session(s.id).status);
    expect(p.instance.week.start).toBe(W);
  });
});

describe('week.conflicts', () => {
  it('reports exactly the checker violations of the stored week, plus deadline warnings', async () => {
    const r = await call('week.conflicts', { weekStart: W });
    const p = await call('week.planning', { weekStart: W });
    const check = checkPlan(p.instance, p.plan);
    const hard = r.conflicts.filter((c) => c.severity === 'conflict');
    expect(hard.map((c) => [c.rule, c.entities])).toEqual(check.violations.map((v) => [v.rule, v.entities]));
    // The checker's sentences, with children named instead of numbered.
    const childIds = (db.prepare('SELECT id FROM children').all() as { id: string }[]).map((c) => c.id);
    hard.forEach((c, i) => {
      expect(c.message.replace(/het kind \S+ \(|hun kind \S+ \(/g, 'kind (')).toBe(check.violations[i]!.message.replace(/het kind \S+ \(|hun kind \S+ \(/g, 'kind ('));
      for (const id of childIds) expect(c.message).not.toMatch(new RegExp(`\\b${id}\\b`));
    });
    expect(r.cost).toBe(check.cost);
    const warnings = r.conflicts.filter((c) => c.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    // Most urgent first, by the same terms deadlines.list gives.
    const terms = new Map((await call('deadlines.list', { limit: 1000 })).items.map((x) => [x.participant.id, x]));
    const urgency = (pid: string) => {
      const { pip, activity } = terms.get(pid)!;
      return compareUrgency(pip, activity) <= 0 ? pip : activity;
    };
    for (let i = 1; i < warnings.length; i++) {
      expect(compareUrgency(urgency(warnings[i - 1].participants[0].id), urgency(warnings[i].participants[0].id))).toBeLessThanOrEqual(0);
    }
    const unplannedPeople = new Set(p.plan.unplanned.map((u) => p.instance.demands.find((d) => d.id === u.demandId)!.participantId));
    for (const w of warnings) {
      expect(w.category).toBe('deadline');
      const pid = w.participants[0].id;
      expect(unplannedPeople.has(pid)).toBe(true);
      const states = [terms.get(pid)!.pip.state, terms.get(pid)!.activity.state];
      expect(states.some((s) => s === 'missed' || s === 'warning')).toBe(true);
      // Dates in the sentence are Dutch ("wo 25 nov 2026"), not ISO.
      expect(w.message).toMatch(/(verloopt|is) op (ma|di|wo|do|vr|za|zo) \d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec) \d{4}/);
      expect(w.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it('a room double booking gets room fixes that remove it, judged by the checker', async () => {
    const [a, b] = weekSessions().filter((s) => s.kind === 'toets');
    await call('session.update', { sessionId: b.id, start: a.start, roomId: a.room });
    const r = await call('week.conflicts', { weekStart: W });
    const room = r.conflicts.find((c) => c.category === 'room' && c.sessionIds.includes(a.id) && c.sessionIds.includes(b.id));
    expect(room).toBeDefined();
    expect(room!.fixes.length).toBeGreaterThan(0);
    expect(room!.fixes.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < room!.fixes.length; i++) {
      const [x, y] = [room!.fixes[i - 1], room!.fixes[i]];
      expect(x.conflictsAfter < y.conflictsAfter || (x.conflictsAfter === y.conflictsAfter && x.costDelta <= y.costDelta)).toBe(true);
    }
    const fix = room!.fixes[0];
    await call('fix.apply', { weekStart: W, action: fix.action });
    const after = await call('week.conflicts', { weekStart: W });
    expect(after.conflicts.find((c) => c.id === room!.id)).toBeUndefined();
    expect(after.conflicts.filter((c) => c.severity === 'conflict')).toHaveLength(fix.conflictsAfter);
    expect(after.cost - r.cost).toBe(fix.costDelta);
  });

  it('an interpreter in two sessions at once gets a swap to another free interpreter of that language', async () => {
    const withInterp = weekSessions().filter((s) => s.interp);
    const a = withInterp[0];
    const b = weekSessions().find((s) => s.kind === 'groupInfo' && s.id !== a.id && s.start !== a.start)!;
    // Same time, other room, same interpreter: the interpreter is double booked.
    const otherRoom = rows<{ id: string }>("SELECT id FROM rooms WHERE for_group_info = 1 AND id <> ? ORDER BY capacity DESC", a.room)[0].id;
    await call('session.update', { sessionId: b.id, start: a.start, roomId: otherRoom, interpreterId: a.interp });
    const r = await call('week.conflicts', { weekStart: W });
    const c = r.conflicts.find((x) => x.category === 'interpreter' && x.entities.includes(a.interp!) && x.sessionIds.includes(b.id));
    expect(c).toBeDefined();
    const swaps = c!.fixes.filter((f) => f.action.type === 'changeSession' && f.action.change.interpreterId);
    const langOf = (id: string) => weekSessions().find((s) => s.id === id)!.language!;
    for (const f of swaps) {
      if (f.action.type !== 'changeSession') continue;
      const langs = JSON.parse(one<{ l: string }>('SELECT languages AS l FROM interpreters WHERE id = ?', f.action.change.interpreterId).l) as string[];
      expect(langs).toContain(langOf(f.action.change.sessionId));
      expect(f.action.change.interpreterId).not.toBe(a.interp);
    }
    expect(c!.fixes.length).toBeGreaterThan(0);
  });

  it('a household conflict (both parents away, child without care) offers moving one parent to another day', async () => {
    // Two parents of one household, one in a session, the other with an open demand of a kind
    // that has another session this week: put the other parent in that session at the same time.
    const pair = rows<{ a: string; b: string; sa: string; kind: string; start: string; sb: string }>(
      `SELECT a.id AS a, b.id AS b, s.id AS sa, d.kind, s.start_time AS start, s2.id AS sb
       FROM participants a JOIN participants b ON b.household_id = a.household_id AND b.id <> a.id
       JOIN session_participants sp ON sp.participant_id = a.id JOIN sessions s ON s.id = sp.session_id AND s.week_start = @w
       JOIN demands d ON d.participant_id = b.id AND d.status = 'open' AND d.kind = 'toets'
       JOIN sessions s2 ON s2.week_start = @w AND s2.kind = 'toets' AND s2.id <> s.id AND s2.room_id <> s.room_id
       WHERE EXISTS (SELECT 1 FROM children c WHERE c.household_id = a.household_id)
       ORDER BY a.id, s2.id`,
      { w: W },
    );
    expect(pair.length).toBeGreaterThan(0);
    const { a, b, start, sb } = pair[0];
    await call('session.update', { sessionId: sb, start, addParticipantIds: [b] });
    const r = await call('week.conflicts', { weekStart: W });
    const hh = r.conflicts.find((c) => c.category === 'household' && c.rule === 9 && c.entities.includes(a) && c.entities.includes(b));
    expect(hh).toBeDefined();
    expect(hh!.sessionIds).toContain(sb);
    expect(hh!.fixes.length).toBeGreaterThan(0);
    const move = hh!.fixes.find((f) => f.action.type === 'changeSession' && f.action.change.start);
    expect(move).toBeDefined();
    if (move?.action.type === 'changeSession') expect(move.action.change.start!.slice(0, 10)).not.toBe(start.slice(0, 10));
    expect(move!.label).toMatch(/^Verplaats de /);
    await call('fix.apply', { weekStart: W, action: move!.action });
    const after = await call('week.conflicts', { weekStart: W });
    expect(after.conflicts.filter((c) => c.rule === 9 && c.entities.join() === hh!.entities.join()).length).toBeLessThan(
      r.conflicts.filter((c) => c.rule === 9 && c.entities.join() === hh!.entities.join()).length,
    );
  });
});

describe('week.conflicts: household conflicts from travel', () => {
  const W2 = '2026-11-30';
  const toMin = (t: string) => Date.parse(`${t}:00Z`) / 60000;

  /**
   * A one-adult household whose adult has an open toets demand; its school children are covered
   * from the same Monday time T, and the youngest has no cover but a free childcare seat from T.
   * Book that seat, then put the adult in a toets starting at T: the only gaps left are the
   * travel before the toets, one conflict per child.
   */
  async function travelBeforeSetup() {
    const p = await call('week.planning', { weekStart: W2 });
    const inst = p.instance;
    const monday = `${W2}T`;
    const travel = (from: string, to: string) => inst.travelMinutes.find((t) => (t.from === from && t.to === to) || (t.from === to && t.to === from))?.minutes ?? 0;
    const locOf = (roomId: string) => inst.rooms.find((r) => r.id === roomId)!.locationId;
    for (const h of inst.households) {
      if (h.adults.length !== 1 || h.children.length < 2) continue;
      const adult = inst.participants.find((x) => x.id === h.adults[0]);
      if (!adult || !inst.demands.some((d) => d.participantId === adult.id && d.kind === 'toets') || adult.busy.length) continue;
      if (p.plan.sessions.some((s) => s.participants.includes(adult.id))) continue;
      const covered = h.children.filter((c) => c.covered.some((x) => x.start.startsWith(monday)));
      const open = h.children.filter((c) => !c.covered.length);
      if (open.length !== 1 || covered.length + 1 !== h.children.length) continue;
      const starts = new Set(covered.map((c) => c.covered.find((x) => x.start.startsWith(monday))!.start));
      if (starts.size !== 1) continue;
      const T = [...starts][0];
      const seat = inst.childcare.flatMap((c) => c.slots.map((slot) => ({ c, slot }))).find(({ c, slot }) => {
        const age = (Date.parse(`${W2}T00:00Z`) - Date.parse(`${open[0].birthDate}T00:00Z`)) / (30.44 * 86400000);
        return slot.start === T && slot.free > 0 && age >= c.ageMonthsMin + 1 && age <= c.ageMonthsMax - 1;
      });
      if (!seat) continue;
      const session = p.plan.sessions.find((s) => {
        if (s.kind !== 'toets') return false;
        const t = travel(adult.homeLocationId, locOf(s.roomId));
        const end = toMin(T) + toMin(s.end) - toMin(s.start) + t;
        return t > 0 && covered.every((c) => c.covered.some((x) => x.start === T && toMin(x.end) >= end)) && end <= toMin(seat.slot.end);
      });
      if (!session) continue;
      await call('fix.apply', { weekStart: W2, action: { type: 'bookChildcare', childId: open[0].id, childcareId: seat.c.id, slotStart: T } });
      await call('session.update', { sessionId: session.id, start: T, addParticipantIds: [adult.id] });
      return { household: h.id, adult: adult.id, session: session.id, T, baby: open[0].id, children: h.children.map((c) => c.id) };
    }
    throw new Error('geen huishouden voor dit scenario in de demoregio');
  }

  /** Every fix of a conflict removes it (one fewer conflict of its kind) and tells the truth. */
  async function expectHonestFixes(conflict: CallOutput<'week.conflicts'>['conflicts'][number]) {
    const p = await call('week.planning', { weekStart: W2 });
    const base = checkPlan(p.instance, p.plan);
    const key = violationKey({ rule: conflict.rule, entities: conflict.entities, message: '' });
    const countOf = (vs: typeof base.violations) => vs.filter((v) => violationKey(v) === key).length;
    for (const f of conflict.fixes) {
      const after = checkPlan(p.instance, applyAction(p.plan, f.action));
      expect(countOf(after.violations)).toBeLessThan(countOf(base.violations));
      expect(f.conflictsAfter).toBe(after.violations.length);
      expect(f.costDelta).toBe(after.cost - base.cost);
    }
  }

  it('a gap made only by the travel before a session gets a fix', async () => {
    const sc = await travelBeforeSetup();
    const r = await call('week.conflicts', { weekStart: W2 });
    const c = r.conflicts.find((x) => x.rule === 9 && x.entities.includes(sc.household) && x.entities.at(-1) === sc.baby);
    expect(c).toBeDefined();
    // The gap ends where the toets starts: the adult is travelling, the child's seat starts at T.
    expect(c!.message).toContain(`-${sc.T.slice(11)};`);
    expect(c!.fixes.length).toBeGreaterThan(0);
    // The session is named although only its away span, not the session, overlaps the gap.
    expect(c!.sessionIds).toEqual([sc.session]);
    await expectHonestFixes(c!);
    await call('fix.apply', { weekStart: W2, action: c!.fixes[0].action });
    const after = await call('week.conflicts', { weekStart: W2 });
    expect(after.conflicts.filter((x) => x.id === c!.id)).toHaveLength(0);
  });

  it('every child of a household conflict gets a fix when one exists', async () => {
    const sc = await travelBeforeSetup();
    const r = await call('week.conflicts', { weekStart: W2 });
    const hh = r.conflicts.filter((x) => x.rule === 9 && x.entities.includes(sc.household));
    expect(hh.map((x) => x.entities.at(-1)).sort()).toEqual([...sc.children].sort());
    for (const c of hh) {
      expect(c.fixes.length, c.message).toBeGreaterThan(0);
      await expectHonestFixes(c);
    }
  });
});

describe('session edits, audit, publish, undo', () => {
  it('session.update moves a session, writes audit rows for its participants and emits week.changed', async () => {
    const s = weekSessions()[0];
    const before = listAudit(db, { entity: 'booking' }).length;
    const out = await call('session.update', { sessionId: s.id, start: `${s.start.slice(0, 10)}T11:00` });
    expect(out.session.start).toBe(`${s.start.slice(0, 10)}T11:00`);
    const dur = Date.parse(`${s.end}Z`) - Date.parse(`${s.start}Z`);
    expect(Date.parse(`${out.session.end}Z`) - Date.parse(`${out.session.start}Z`)).toBe(dur);
    const audit = listAudit(db, { entity: 'booking' }).slice(0, listAudit(db, { entity: 'booking' }).length - before);
    expect(audit.map((x) => x.entityId).sort()).toEqual(out.session.participants.map((p) => p.id).sort());
    expect(audit.every((x) => x.actor === 'test-coördinator' && x.action === 'update')).toBe(true);
    expect(events).toContainEqual({ type: 'week.changed', weekStart: W });
  });

  it('rejects unknown ids naming the field, and participants without an open demand of that kind', async () => {
    const s = weekSessions().find((x) => x.kind === 'groupInfo')!;
    expect(await fail('session.update', { sessionId: 'nope' })).toMatchObject({ code: 'not_found', field: 'sessionId' });
    expect(await fail('session.update', { sessionId: s.id, roomId: 'R-X' })).toMatchObject({ code: 'not_found', field: 'roomId' });
    expect(await fail('session.update', { sessionId: s.id, consultantId: 'C-X' })).toMatchObject({ code: 'not_found', field: 'consultantId' });
    expect(await fail('session.update', { sessionId: s.id, interpreterId: 'T-X' })).toMatchObject({ code: 'not_found', field: 'interpreterId' });
    expect(await fail('session.update', { sessionId: s.id, addParticipantIds: ['P-X'] })).toMatchObject({ code: 'not_found', field: 'addParticipantIds' });
    expect(await fail('session.update', { sessionId: s.id, removeParticipantIds: ['P-X'] })).toMatchObject({ code: 'not_found', field: 'removeParticipantIds' });
    const noDemand = one<{ id: string }>(
      "SELECT id FROM participants p WHERE NOT EXISTS (SELECT 1 FROM demands d WHERE d.participant_id = p.id AND d.kind = 'groupInfo' AND d.status = 'open') ORDER BY id LIMIT 1",
    ).id;
    const e = await fail('session.update', { sessionId: s.id, addParticipantIds: [noDemand] });
    expect(e).toMatchObject({ code: 'invalid_input', field: 'addParticipantIds' });
    expect(e.message).toMatch(/geen open vraag/);
    expect(await fail('session.update', { sessionId: s.id, start: '2026-12-01T09:00' })).toMatchObject({ code: 'invalid_input', field: 'start' });
    expect(session(s.id).start).toBe(s.start);
  });

  it('adding and removing a participant goes through their open demand', async () => {
    const s = weekSessions().find((x) => x.kind === 'groupInfo')!;
    const p = one<{ p: string; d: string }>(
      `SELECT participant_id AS p, id AS d FROM demands WHERE kind = 'groupInfo' AND status = 'open'
       AND participant_id NOT IN (SELECT participant_id FROM session_participants WHERE session_id = ?) ORDER BY id LIMIT 1`,
      s.id,
    );
    await call('session.update', { sessionId: s.id, addParticipantIds: [p.p] });
    expect(one<{ s: string }>('SELECT status AS s FROM demands WHERE id = ?', p.d).s).toBe('planned');
    expect(one<{ d: string }>('SELECT demand_id AS d FROM session_participants WHERE session_id = ? AND participant_id = ?', s.id, p.p).d).toBe(p.d);
    await call('session.update', { sessionId: s.id, removeParticipantIds: [p.p] });
    expect(one<{ s: string }>('SELECT status AS s FROM demands WHERE id = ?', p.d).s).toBe('open');
  });

  it('undo and redo restore the week; a new change clears redo', async () => {
    const s = weekSessions()[0];
    expect(await call('history.state', { weekStart: W })).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
    const to = `${s.start.slice(0, 10)}T11:00`;
    await call('session.update', { sessionId: s.id, start: to });
    const st = await call('history.state', { weekStart: W });
    expect(st.canUndo).toBe(true);
    expect(st.undoLabel).toMatch(/^Sessie verplaatst naar (ma|di|wo|do|vr) \d+ nov 11:00$/);
    const undone = await call('history.undo', { weekStart: W });
    expect(session(s.id).start).toBe(s.start);
    expect(undone).toMatchObject({ canUndo: false, canRedo: true, redoLabel: st.undoLabel });
    await call('history.redo', { weekStart: W });
    expect(session(s.id).start).toBe(to);
    await call('history.undo', { weekStart: W });
    await call('session.pin', { sessionId: s.id, pinned: true });
    expect(await call('history.state', { weekStart: W })).toEqual({ canUndo: true, canRedo: false, undoLabel: 'Sessie vastgezet', redoLabel: null });
    expect(await fail('history.redo', { weekStart: W })).toMatchObject({ code: 'conflict' });
  });

  it('a redo that names data removed since is refused in words and changes nothing', async () => {
    const s = weekSessions()[0];
    const room = one<{ location_id: string }>('SELECT location_id FROM rooms WHERE id = ?', s.room);
    db.prepare("INSERT INTO rooms (id, location_id, name, capacity, for_group_info, for_toets) VALUES ('R-TIJDELIJK', ?, 'Tijdelijke zaal', 30, 1, 1)").run(room.location_id);
    await call('session.update', { sessionId: s.id, roomId: 'R-TIJDELIJK' });
    await call('history.undo', { weekStart: W });
    db.prepare("DELETE FROM rooms WHERE id = 'R-TIJDELIJK'").run();
    const e = await fail('history.redo', { weekStart: W });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/kan niet meer opnieuw worden uitgevoerd/);
    expect(session(s.id).room).toBe(s.room);
    expect((await call('history.state', { weekStart: W })).canRedo).toBe(true);
  });

  it('undo of a participant change reopens the demand and logs who was touched', async () => {
    const s = weekSessions().find((x) => x.kind === 'toets')!;
    const p = one<{ p: string; d: string }>("SELECT participant_id AS p, id AS d FROM demands WHERE kind = 'toets' AND status = 'open' ORDER BY id LIMIT 1");
    await call('session.update', { sessionId: s.id, addParticipantIds: [p.p] });
    await call('history.undo', { weekStart: W });
    expect(one<{ s: string }>('SELECT status AS s FROM demands WHERE id = ?', p.d).s).toBe('open');
    const last = listAudit(db, { entity: 'booking', entityId: p.p })[0];
    expect(last).toMatchObject({ action: 'update', details: { type: 'undo', weekStart: W } });
  });

  it('a published week changes only with confirmation, and the confirmed change is logged', async () => {
    expect(await call('week.publish', { weekStart: W })).toEqual({ status: 'published' });
    const s = weekSessions()[0];
    const e = await fail('session.update', { sessionId: s.id, start: `${s.start.slice(0, 10)}T11:00` });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/gepubliceerd.*Bevestig/);
    expect(session(s.id).start).toBe(s.start);
    await call('session.update', { sessionId: s.id, start: `${s.start.slice(0, 10)}T11:00`, confirmPublished: true });
    expect(session(s.id).start).toBe(`${s.start.slice(0, 10)}T11:00`);
    const log = listAudit(db, { entity: 'week', entityId: W });
    expect(log[0]).toMatchObject({ action: 'update', purpose: 'Wijziging in een gepubliceerde week' });
    expect(await fail('history.undo', { weekStart: W })).toMatchObject({ code: 'conflict' });
    await call('history.undo', { weekStart: W, confirmPublished: true });
    expect(session(s.id).start).toBe(s.start);
  });

  it('proposal.accept accepts listed or all proposed sessions; discard keeps pinned ones', async () => {
    const [a, b, c] = weekSessions();
    db.prepare("UPDATE sessions SET status = 'proposed' WHERE id IN (?, ?, ?)").run(a.id, b.id, c.id);
    expect(await call('proposal.accept', { weekStart: W, sessionIds: [a.id] })).toEqual({ accepted: 1 });
    expect(session(a.id).status).toBe('accepted');
    expect(session(b.id).status).toBe('proposed');
    expect(await fail('proposal.accept', { weekStart: W, sessionIds: ['nope'] })).toMatchObject({ code: 'not_found', field: 'sessionIds' });
    await call('session.pin', { sessionId: b.id, pinned: true });
    const d = await call('proposal.discard', { weekStart: W });
    expect(d.discarded).toBeGreaterThanOrEqual(1);
    expect(session(b.id)).toMatchObject({ status: 'proposed', pinned: 1 });
    expect(session(c.id)).toBeUndefined();
    await call('history.undo', { weekStart: W });
    expect(session(c.id).status).toBe('proposed');
    expect(await call('proposal.accept', { weekStart: W })).toMatchObject({ accepted: expect.any(Number) });
    expect(one<{ n: number }>("SELECT count(*) AS n FROM sessions WHERE week_start = ? AND status = 'proposed'", W).n).toBe(0);
  });

  it('fix.apply books a childcare seat as accepted and rejects unknown children', async () => {
    const slot = one<{ provider: string; weekday: number; start: string; min: number; max: number }>(
      'SELECT p.id AS provider, d.weekday, d.start_time AS start, p.age_months_min AS min, p.age_months_max AS max FROM childcare_dayparts d JOIN childcare_providers p ON p.id = d.provider_id WHERE d.weekday <= 5 ORDER BY p.id, d.weekday LIMIT 1',
    );
    const child = one<{ id: string }>('SELECT id FROM children ORDER BY id LIMIT 1').id;
    const day = `2026-11-${22 + slot.weekday}`;
    const action = { type: 'bookChildcare' as const, childId: child, childcareId: slot.provider, slotStart: `${day}T${slot.start}` };
    await call('fix.apply', { weekStart: W, action });
    expect(one<{ status: string }>('SELECT status FROM childcare_bookings WHERE child_id = ? AND slot_start = ?', child, action.slotStart).status).toBe('accepted');
    expect((await call('history.state', { weekStart: W })).undoLabel).toMatch(/^Opvang geboekt voor /);
    expect(await fail('fix.apply', { weekStart: W, action: { ...action, childId: 'K-X' } })).toMatchObject({ code: 'not_found', field: 'action.childId' });
    expect(await fail('fix.apply', { weekStart: W, action: { ...action, slotStart: `${day}T03:00` } })).toMatchObject({ code: 'not_found', field: 'action.slotStart' });
  });
});

describe('export and deadlines', () => {
  it('export.ics gives an interpreter their sessions without participant names, and logs the export', async () => {
    const s = weekSessions().find((x) => x.interp)!;
    const mine = weekSessions().filter((x) => x.interp === s.interp);
    const name = one<{ name: string }>('SELECT name FROM interpreters WHERE id = ?', s.interp).name;
    const out = await call('export.ics', { weekStart: W, person: { kind: 'interpreter', id: s.interp! } });
    expect(out.filename).toMatch(/^keten-planner-2026-W48-tolk-[a-z0-9-]+\.ics$/);
    const cal = parseIcs(out.content);
    const vevents = cal.components[0].components.filter((c) => c.type === 'VEVENT');
    expect(vevents).toHaveLength(mine.length);
    const description = vevents[0].properties.find((p) => p.name === 'DESCRIPTION')!.value;
    expect(description).toMatch(/Aantal deelnemers: \d+/);
    expect(out.content).toMatch(/SUMMARY:Groepsvoorlichting /);
    const people = rows<{ given: string; family: string }>(
      'SELECT given_name AS given, family_name AS family FROM participants p JOIN session_participants sp ON sp.participant_id = p.id WHERE sp.session_id IN (' + mine.map(() => '?').join(',') + ')',
      ...mine.map((m) => m.id),
    );
    const flat = out.content.replace(/\r\n /g, '');
    for (const p of people) expect(flat).not.toContain(`${p.given} ${p.family}`);
    expect(flat).toContain(name.replace(/,/g, '\\,'));
    expect(listAudit(db, { entity: 'interpreter', entityId: s.interp! })[0]).toMatchObject({ action: 'export' });
    expect(await fail('export.ics', { weekStart: W, person: { kind: 'consultant', id: 'C-X' } })).toMatchObject({ code: 'not_found', field: 'person.id' });
  });

  it('deadlines.list orders participants by their most urgent term', async () => {
    const { items } = await call('deadlines.list', { limit: 1000 });
    expect(items).toHaveLength(one<{ n: number }>('SELECT count(*) AS n FROM participants').n);
    const most = (x: (typeof items)[number]) => (compareUrgency(x.pip, x.activity) <= 0 ? x.pip : x.activity);
    for (let i = 1; i < items.length; i++) expect(compareUrgency(most(items[i - 1]), most(items[i]))).toBeLessThanOrEqual(0);
    expect(items[0].pip.state === 'missed' || items[0].activity.state === 'missed').toBe(true);
    // The PIP term counts down until its date is recorded, then it is met (or missed, if late).
    const p = one<{ id: string; k: string | null }>('SELECT id, koppeling_date AS k FROM participants WHERE koppeling_date IS NOT NULL AND pip_date IS NULL ORDER BY id LIMIT 1');
    expect(items.find((x) => x.participant.id === p.id)!.pip).toEqual(pipTerm(p.k, TODAY));
    const withPip = one<{ id: string; k: string; d: string }>('SELECT id, koppeling_date AS k, pip_date AS d FROM participants WHERE pip_date IS NOT NULL ORDER BY id LIMIT 1');
    expect(items.find((x) => x.participant.id === withPip.id)!.pip).toEqual(pipTerm(withPip.k, TODAY, withPip.d));
    expect(items.find((x) => x.participant.id === withPip.id)!.pip.state).toBe('met');
    // The activity norm is met by the earliest accepted activity, not by a proposal.
    const first = one<{ p: string; h: string; d: string }>(
      `SELECT p.id AS p, p.housing_date AS h, min(substr(s.start_time, 1, 10)) AS d FROM participants p
       JOIN session_participants sp ON sp.participant_id = p.id JOIN sessions s ON s.id = sp.session_id AND s.status = 'accepted'
       WHERE p.housing_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM trial_bookings t WHERE t.participant_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM intake_bookings i WHERE i.participant_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM demands d WHERE d.participant_id = p.id AND d.done_on IS NOT NULL)
       GROUP BY p.id ORDER BY p.id LIMIT 1`,
    );
    expect(items.find((x) => x.participant.id === first.p)!.activity).toEqual(activityTerm(first.h, TODAY, first.d));
    // A step done before (kept with its day) is an activity too.
    const done = one<{ p: string; h: string; d: string }>(
      `SELECT p.id AS p, p.housing_date AS h, min(d.done_on) AS d FROM participants p JOIN demands d ON d.participant_id = p.id AND d.done_on IS NOT NULL
       WHERE NOT EXISTS (SELECT 1 FROM session_participants sp WHERE sp.participant_id = p.id)
         AND NOT EXISTS (SELECT 1 FROM trial_bookings t WHERE t.participant_id = p.id) AND NOT EXISTS (SELECT 1 FROM intake_bookings i WHERE i.participant_id = p.id)
       GROUP BY p.id ORDER BY p.id LIMIT 1`,
    );
    expect(items.find((x) => x.participant.id === done.p)!.activity).toEqual(activityTerm(done.h, TODAY, done.d));
    expect((await call('deadlines.list', { limit: 5 })).items).toHaveLength(5);
  });
});
