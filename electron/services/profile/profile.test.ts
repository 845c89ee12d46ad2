// Profiles, access rules, data minimisation and audit, and the consultant's and liaison's
// calls, all through dispatch with the access check on a seeded in-memory demo region.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/api/dispatch';
import { contract, type AppEvent, type CallInput, type CallName, type CallOutput } from '../../../shared/api/contract';
import { ACCESS, LIAISON_ALLOWED_KEYS, authorizeCall, type ApiCtx } from '../../../shared/api/access';
import type { Db } from '../../../db/connection';
import { listAudit } from '../../../db/repositories/audit';
import { DEMO_TODAY, DEMO_WEEK, demoServices } from '../demo-services';
import { addDays } from '../../../shared/domain/week';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../backend';

const NEXT_WEEK = '2026-11-30';
let db: Db;
let events: AppEvent[];
let dispatch: Dispatch<ApiCtx>;

beforeEach(() => {
  let tick = 0;
  const now = () => `2026-11-25T11:${String(Math.floor(tick / 60) % 60).padStart(2, '0')}:${String(tick++ % 60).padStart(2, '0')}`;
  ({ db, events, dispatch } = demoServices(
    { now },
    {
      authorize: authorizeCall,
      onInternalError: (name, err) => {
        throw new Error(`${name}: ${String(err)}`);
      },
    },
  ));
});

function client(): ApiCtx {
  return { transport: 'test', session: { profile: null } };
}

async function call<N extends CallName>(ctx: ApiCtx, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, ctx);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return contract[name].output.parse(r.data) as CallOutput<N>;
}

async function fail(ctx: ApiCtx, name: string, input: unknown) {
  const r = await dispatch(name, input, ctx);
  if (r.ok) throw new Error(`${name} had moeten falen`);
  return r.error;
}

async function as(kind: 'coordinator'): Promise<ApiCtx>;
async function as(kind: 'consultant' | 'liaison', id: string): Promise<ApiCtx>;
async function as(kind: 'coordinator' | 'consultant' | 'liaison', id?: string): Promise<ApiCtx> {
  const ctx = client();
  const input = kind === 'coordinator' ? { kind } : kind === 'consultant' ? { kind, consultantId: id! } : { kind, schoolId: id! };
  await call(ctx, 'profile.select', input as CallInput<'profile.select'>);
  return ctx;
}

const rows = <T>(sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as T[];

describe('profiles and access rules', () => {
  it('declares a rule for every call in the contract, and nothing else', () => {
    expect(Object.keys(ACCESS).sort()).toEqual(Object.keys(contract).sort());
  });

  it('enforces every rule: no profile, wrong profile and right profile', async () => {
    const profiles = {
      coordinator: await as('coordinator'),
      consultant: await as('consultant', 'C-01'),
      liaison: await as('liaison', 'S-MERW'),
    };
    const names = Object.keys(contract) as CallName[];
    for (const name of names) {
      const rule = ACCESS[name];
      const none = await dispatch(name, {}, client());
      if (rule === 'anyone') expect(none.ok || none.error.code !== 'forbidden', name).toBe(true);
      else expect(none, name).toEqual({ ok: false, error: { code: 'forbidden', message: 'Kies eerst een profiel.' } });
      for (const [kind, ctx] of Object.entries(profiles)) {
        // '(leeg)' input: allowed calls fail on validation at most, never on access.
        const r = await dispatch(name, { __probe: true }, ctx);
        const allowed = rule === 'anyone' || (rule as readonly string[]).includes(kind);
        if (allowed) expect(r.ok || r.error.code !== 'forbidden', `${name} als ${kind}`).toBe(true);
        else expect(r.ok ? null : r.error.code, `${name} als ${kind}`).toBe('forbidden');
      }
    }
    const denied = await fail(profiles.liaison, 'week.get', { weekStart: DEMO_WEEK });
    expect(denied.message).toBe('Dit mag het profiel Taalschool niet.');
  });

  it('is enforced by the backend both transports use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keten-access-'));
    const backend = createBackend({ dataDir: dir, version: 't', today: DEMO_TODAY });
    try {
      const ctx = client();
      expect(await backend.dispatch('week.get', { weekStart: DEMO_WEEK }, ctx)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect((await backend.dispatch('profile.select', { kind: 'coordinator' }, ctx)).ok).toBe(true);
      expect((await backend.dispatch('week.get', { weekStart: DEMO_WEEK }, ctx)).ok).toBe(true);
    } finally {
      backend.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the coordinator profile in the audit rows of the existing coordinator calls', async () => {
    const coord = await as('coordinator');
    const [s] = rows<{ sid: string; pid: string }>(
      "SELECT sp.session_id AS sid, sp.participant_id AS pid FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE s.week_start = ? AND s.kind = 'groupInfo' ORDER BY sp.session_id LIMIT 1",
      NEXT_WEEK,
    );
    await call(coord, 'session.update', { sessionId: s!.sid, removeParticipantIds: [s!.pid], confirmPublished: true });
    const trail = listAudit(db).filter((a) => a.entityId === s!.pid && a.action === 'delete');
    expect(trail.length).toBeGreaterThan(0);
    expect(trail.every((a) => a.actor === 'coordinator')).toBe(true);
  });

  it('logs every read of participant data with the profile and a purpose, once a day per person', async () => {
    const coord = await as('coordinator');
    const views = (purpose: string) => listAudit(db, { limit: 100_000 }).filter((a) => a.action === 'view' && a.actor === 'coordinator' && a.purpose === purpose);
    const week = await call(coord, 'week.get', { weekStart: NEXT_WEEK });
    const shown = new Set(week.sessions.flatMap((s) => s.participants.map((p) => p.id)));
    expect(shown.size).toBeGreaterThan(0);
    expect(new Set(views('weekplanning bekijken').map((a) => a.entityId))).toEqual(shown);
    const found = await call(coord, 'participants.search', { query: 'a', limit: 5 });
    expect(new Set(views('deelnemers zoeken').map((a) => a.entityId))).toEqual(new Set(found.items.map((p) => p.id)));
    const terms = await call(coord, 'deadlines.list', { limit: 3 });
    expect(views('termijnen bewaken').map((a) => a.entityId).sort()).toEqual(terms.items.map((x) => x.participant.id).sort());
    // Looking again the same day adds nothing; the planning data used while dragging is logged too.
    const before = views('weekplanning bekijken').length;
    await call(coord, 'week.get', { weekStart: NEXT_WEEK });
    expect(views('weekplanning bekijken')).toHaveLength(before);
    const planning = await call(coord, 'week.planning', { weekStart: NEXT_WEEK });
    expect(views('weekplanning controleren')).toHaveLength(planning.instance.participants.length);
    // A consultant opening the booking options of a client leaves a row in their own name.
    const c1 = await as('consultant', 'C-01');
    const [client1] = rows<{ id: string }>("SELECT id FROM participants WHERE consultant_id = 'C-01' ORDER BY id LIMIT 1");
    await call(c1, 'trial.options', { participantId: client1!.id, weekStart: NEXT_WEEK });
    expect(listAudit(db, { entityId: client1!.id }).some((a) => a.actor === 'consultant:C-01' && a.action === 'view' && a.purpose === 'proeflessen boeken')).toBe(true);
  });

  it('keeps the chosen profile on the client session only', async () => {
    const a = client();
    const b = client();
    expect(await call(a, 'profile.current', {})).toEqual({ profile: null });
    const chosen = await call(a, 'profile.select', { kind: 'consultant', consultantId: 'C-02' });
    expect(chosen.profile).toEqual({ kind: 'consultant', id: 'C-02', name: 'Fatima El Amrani' });
    expect((await call(a, 'profile.current', {})).profile?.id).toBe('C-02');
    expect((await call(b, 'profile.current', {})).profile).toBeNull();
    expect((await fail(b, 'profile.select', { kind: 'liaison', schoolId: 'S-NIET' })).code).toBe('not_found');
    const options = await call(b, 'profile.options', {});
    expect(options.consultants.map((c) => c.id)).toContain('C-08');
    expect(options.schools.map((s) => s.id).sort()).toEqual(['S-LING', 'S-MERW']);
  });

  it('limits a consultant\u2019s participant search to their caseload', async () => {
    const c1 = await as('consultant', 'C-01');
    const found = await call(c1, 'participants.search', { query: '', limit: 500 });
    const mine = rows<{ id: string }>("SELECT id FROM participants WHERE consultant_id = 'C-01'").map((r) => r.id);
    expect(found.total).toBe(mine.length);
    expect(found.items.map((i) => i.id).sort()).toEqual(mine.sort());
    const logged = listAudit(db).filter((a) => a.actor === 'consultant:C-01' && a.purpose === 'deelnemers zoeken');
    expect(logged.map((a) => a.entityId).sort()).toEqual(mine.sort());
  });
});

/** Every key in a JSON value, at any depth. */
function keysOf(x: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(x)) for (const v of x) keysOf(v, out);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

describe('liaison data minimisation', () => {
  it('answers every call a liaison may make with allowlisted fields and only their own school', async () => {
    const liaison = await as('liaison', 'S-MERW');
    const pastMerw = rows<{ id: number }>(
      "SELECT b.id FROM trial_bookings b JOIN classes c ON c.id = b.class_id WHERE c.school_id = 'S-MERW' AND b.start_time < ? ORDER BY b.id LIMIT 1",
      `${DEMO_TODAY}T00:00`,
    )[0]!;
    const inputs: Partial<Record<CallName, unknown>> = {
      'app.info': {},
      'profile.options': {},
      'profile.select': { kind: 'liaison', schoolId: 'S-MERW' },
      'profile.current': {},
      'school.capacity': { weekStart: DEMO_WEEK, weeks: 2 },
      'school.updateClass': { classId: 'K-MERW-Z-1', trialSeats: 2 },
      'trial.recordOutcome': { bookingId: String(pastMerw.id), attended: true, routeAdvice: 'B1' },
    };
    const liaisonCalls = (Object.keys(ACCESS) as CallName[]).filter((n) => ACCESS[n] === 'anyone' || (ACCESS[n] as readonly string[]).includes('liaison'));
    // A new liaison call must be added here, so that it is checked too.
    expect(Object.keys(inputs).sort()).toEqual(liaisonCalls.sort());

    const other = {
      ids: ['S-LING', ...rows<{ id: string }>("SELECT id FROM classes WHERE school_id = 'S-LING'").map((r) => r.id)],
      // People who come only to the other school.
      names: rows<{ name: string }>(
        `SELECT DISTINCT trim(p.given_name || ' ' || p.family_name) AS name FROM participants p JOIN trial_bookings b ON b.participant_id = p.id
          JOIN classes c ON c.id = b.class_id WHERE c.school_id = 'S-LING'
            AND p.id NOT IN (SELECT b2.participant_id FROM trial_bookings b2 JOIN classes c2 ON c2.id = b2.class_id WHERE c2.school_id = 'S-MERW')`,
      ).map((r) => r.name),
    };
    expect(other.names.length).toBeGreaterThan(0);
    let visitors = 0;
    for (const name of liaisonCalls) {
      const r = await dispatch(name, inputs[name], liaison);
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
    const ids = new Set(rows<{ p: string }>('SELECT participant_id AS p FROM trial_bookings WHERE id IN (' + cap.trialVisitors.map((v) => Number(v.bookingId)).join(',') + ')').map((r) => r.p));
    expect(new Set(seen.map((a) => a.entityId))).toEqual(ids);
  });
});

describe('consultant', () => {
  it('shows only their own clients with terms, steps and household context, and logs the read', async () => {
    const c4 = await as('consultant', 'C-04');
    const all = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK });
    const mine = rows<{ id: string }>("SELECT id FROM participants WHERE consultant_id = 'C-04'").map((r) => r.id);
    expect(all.items.map((i) => i.participant.id).sort()).toEqual([...mine].sort());
    const h = all.items.find((i) => i.participant.id === 'P-029')!;
    expect(h.household?.partners.map((p) => p.id)).toEqual(['P-030']);
    expect(h.household?.children.find((c) => c.id === 'KND-017')).toMatchObject({ needsCare: true, ageYears: 1 });
    const urgent = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK, urgency: 'urgent' });
    expect(urgent.items.every((i) => i.urgency === 'missed' || i.urgency === 'warning')).toBe(true);
    expect(urgent.items.length).toBeLessThan(all.items.length);
    const toets = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK, step: 'toets' });
    expect(toets.items.length).toBeGreaterThan(0);
    expect(toets.items.every((i) => i.steps.some((s) => s.kind === 'toets'))).toBe(true);
    const logged = listAudit(db).filter((a) => a.actor === 'consultant:C-04' && a.purpose === 'caseload consulent');
    expect(new Set(logged.map((a) => a.entityId)).size).toBe(mine.length);
  });

  it('offers toets slots with a certified consultant and a free touch laptop for low digital skill; books, rebooks, cancels', async () => {
    const c4 = await as('consultant', 'C-04');
    db.prepare("UPDATE participants SET digital_skill = 'none' WHERE id = 'P-029'").run();
    const slots = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(slots.laptopKind).toBe('touch');
    expect(slots.slots.length).toBeGreaterThan(0);
    for (const s of slots.slots) {
      expect(rows<{ t: number }>('SELECT toets_certified AS t FROM consultants WHERE id = ?', s.consultant.id)[0]!.t).toBe(1);
      const [room] = rows<{ touch: number }>('SELECT r.laptops_touch AS touch FROM sessions s JOIN rooms r ON r.id = s.room_id WHERE s.id = ?', s.sessionId);
      const [used] = rows<{ n: number }>(
        "SELECT count(*) AS n FROM session_participants sp JOIN participants p ON p.id = sp.participant_id WHERE sp.session_id = ? AND p.digital_skill IN ('none','basic')",
        s.sessionId,
      );
      expect(s.freeLaptops).toBeLessThanOrEqual(room!.touch - used!.n);
    }
    const [first, second] = slots.slots;
    const booked = await call(c4, 'toets.book', { participantId: 'P-029', sessionId: first!.sessionId });
    expect(booked.booked.sessionId).toBe(first!.sessionId);
    expect(events).toContainEqual({ type: 'week.changed', weekStart: NEXT_WEEK });
    const again = await call(c4, 'toets.book', { participantId: 'P-029', sessionId: second!.sessionId });
    expect(again.booked.sessionId).toBe(second!.sessionId);
    expect(rows('SELECT session_id FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE participant_id = ? AND s.kind = ?', 'P-029', 'toets')).toEqual([
      { session_id: second!.sessionId },
    ]);
    expect((await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK })).booked?.sessionId).toBe(second!.sessionId);
    expect(await call(c4, 'toets.cancel', { participantId: 'P-029' })).toEqual({ cancelled: true });
    expect(await call(c4, 'toets.cancel', { participantId: 'P-029' })).toEqual({ cancelled: false });
    const trail = listAudit(db).filter((a) => a.actor === 'consultant:C-04' && a.entityId === 'P-029' && a.entity === 'booking');
    expect(trail.map((a) => a.action).reverse()).toEqual(['create', 'delete', 'create', 'delete']);
    // Not someone else's client.
    expect((await fail(c4, 'toets.book', { participantId: 'P-004', sessionId: first!.sessionId })).code).toBe('forbidden');
  });

  it('says why no toets slot fits and lets the consultant ask the coordinator for one', async () => {
    const c4 = await as('consultant', 'C-04');
    db.prepare("UPDATE participants SET digital_skill = 'basic' WHERE id = 'P-029'").run();
    db.prepare('UPDATE rooms SET laptops_touch = 0').run();
    const none = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(none.slots).toEqual([]);
    expect(none.reason).toMatch(/touchscreen/);
    const { request } = await call(c4, 'toets.requestSlot', { participantId: 'P-029', weekStart: NEXT_WEEK, note: 'Liefst ochtend' });
    expect(request).toMatchObject({ participant: { id: 'P-029' }, consultant: { id: 'C-04' }, laptopKind: 'touch', status: 'open' });
    // The client has an open toets step from that week on, so "Week plannen" takes them along.
    const steps = rows<{ status: string; earliest: string }>("SELECT status, earliest_date AS earliest FROM demands WHERE participant_id = 'P-029' AND kind = 'toets'");
    expect(steps.filter((d) => d.status === 'open' || d.status === 'planned')).toHaveLength(1);
    const coord = await as('coordinator');
    expect((await call(coord, 'requests.list', {})).items.map((r) => r.id)).toEqual([request.id]);
    await call(coord, 'requests.resolve', { requestId: request.id });
    expect((await call(coord, 'requests.list', {})).items).toEqual([]);
    expect((await call(coord, 'requests.list', { status: 'all' })).items[0]!.status).toBe('done');
  });

  it('gives a client without a toets step one when the consultant asks for a slot', async () => {
    const c4 = await as('consultant', 'C-04');
    // A client whose toets is not booked: their open toets step is taken away first.
    const [p] = rows<{ id: string }>(
      "SELECT id FROM participants WHERE consultant_id = 'C-04' AND id NOT IN (SELECT participant_id FROM demands WHERE kind = 'toets' AND status <> 'open') ORDER BY id",
    );
    db.prepare("DELETE FROM demands WHERE participant_id = ? AND kind = 'toets'").run(p!.id);
    await call(c4, 'toets.requestSlot', { participantId: p!.id, weekStart: '2027-01-04' });
    const after = rows<{ status: string; earliest: string }>("SELECT status, earliest_date AS earliest FROM demands WHERE participant_id = ? AND kind = 'toets'", p!.id);
    expect(after).toEqual([{ status: 'open', earliest: '2027-01-04' }]);
  });

  it('records the day a client\u2019s PIP was set, and the term is met from then on', async () => {
    const c4 = await as('consultant', 'C-04');
    const [p] = rows<{ id: string; k: string }>(
      "SELECT id, koppeling_date AS k FROM participants WHERE consultant_id = 'C-04' AND pip_date IS NULL AND koppeling_date IS NOT NULL ORDER BY id",
    );
    const day = p!.k > '2026-11-01' ? p!.k : '2026-11-01';
    expect(await call(c4, 'pip.set', { participantId: p!.id, pipDate: day })).toEqual({ pip: expect.objectContaining({ state: day <= addDays(p!.k, 70) ? 'met' : 'missed' }) });
    const item = (await call(c4, 'consultant.caseload', {})).items.find((i) => i.participant.id === p!.id)!;
    expect(item.participant.pipDate).toBe(day);
    const coord = await as('coordinator');
    const term = (await call(coord, 'deadlines.list', { limit: 1000 })).items.find((i) => i.participant.id === p!.id)!;
    expect(term.pip.state).toBe(item.pip.state);
    expect(listAudit(db, { entityId: p!.id }).some((a) => a.action === 'update' && a.actor === 'consultant:C-04' && a.purpose === 'PIP vastgesteld')).toBe(true);

    expect(await fail(c4, 'pip.set', { participantId: p!.id, pipDate: '2027-01-04' })).toMatchObject({ code: 'invalid_input', field: 'pipDate' });
    const [other] = rows<{ id: string }>("SELECT id FROM participants WHERE consultant_id <> 'C-04' ORDER BY id");
    expect((await fail(c4, 'pip.set', { participantId: other!.id, pipDate: null })).code).toBe('forbidden');
    await call(c4, 'pip.set', { participantId: p!.id, pipDate: null });
    expect(rows<{ d: string | null }>('SELECT pip_date AS d FROM participants WHERE id = ?', p!.id)[0]!.d).toBeNull();
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

  it('offers trial lessons at both schools with household warnings and the childcare seat that solves them', async () => {
    const c4 = await as('consultant', 'C-04');
    db.prepare("UPDATE classes SET trial_seats = 3 WHERE id = 'K-LING-ALFA-1'").run();
    // A day-care seat early enough to cover the parents' travel on Tuesday morning.
    db.prepare("UPDATE childcare_dayparts SET start_time = '07:00', seats = 2 WHERE provider_id = 'KO-GOR' AND weekday = 2 AND start_time = '08:30'").run();
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
    expect(rows('SELECT provider_id AS p FROM childcare_bookings WHERE child_id = ? AND slot_start = ?', 'KND-017', offer.slotStart)).toEqual([{ p: offer.providerId }]);

    // The liaison of De Merwede sees the booking, lowers trial seats and records the outcome; the consultant sees it.
    const liaison = await as('liaison', 'S-MERW');
    const cap = await call(liaison, 'school.capacity', { weekStart: NEXT_WEEK, weeks: 1 });
    const merwBooking = booked.bookings.find((b) => b.school.id === 'S-MERW')!;
    const visit = cap.trialVisitors.find((v) => v.bookingId === merwBooking.bookingId)!;
    expect(visit).toMatchObject({ start: merw.start, classId: merw.classId, routeIndication: 'Alfa' });
    expect(visit).toBeDefined();
    expect(cap.classes.find((c) => c.id === merw.classId)!.lessons.find((l) => l.start === merw.start)!.trialBooked).toBeGreaterThan(0);
    await call(liaison, 'school.updateClass', { classId: 'K-MERW-ALFA-1', trialSeats: 0 });
    const coord = await as('coordinator');
    const layers = await call(coord, 'week.layers', { weekStart: NEXT_WEEK });
    expect(layers.classSessions.filter((s) => s.classId === 'K-MERW-ALFA-1').every((s) => s.trialSeats === 0)).toBe(true);
    expect(events).toContainEqual({ type: 'data.changed', area: 'classes' });
    // Outcomes are for lessons that took place: pretend it is after the lesson.
    db.prepare('UPDATE trial_bookings SET start_time = ?, end_time = ? WHERE id = ?').run('2026-11-24T09:00', '2026-11-24T11:30', Number(visit.bookingId));
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
    db.prepare("UPDATE classes SET trial_seats = 0 WHERE school_id = 'S-LING'").run();
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const ling = opts.schools.find((s) => s.school.id === 'S-LING')!;
    expect(ling.options).toEqual([]);
    expect(ling.reason).toBe('Taalhuis Lingestad heeft de komende 6 weken geen vrije proeflesplek in een klas voor route Alfa.');
    expect(opts.schools.find((s) => s.school.id === 'S-MERW')!.options.length).toBeGreaterThan(0);
    const wrong = await fail(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: 'K-MERW-B1-1', start: '2026-11-30T09:00' }] });
    expect(wrong).toMatchObject({ code: 'conflict', field: 'lessons.0.classId' });
  });

  it('registers for the startklas with a waiting list that moves up when a seat frees', async () => {
    db.prepare('UPDATE startklas_intakes SET seats = 1').run();
    const c1 = await as('consultant', 'C-01');
    const clients = rows<{ id: string }>("SELECT id FROM participants WHERE consultant_id = 'C-01' ORDER BY id").map((r) => r.id);
    const booked: string[] = [];
    const waiting: string[] = [];
    for (const id of clients) {
      const r = await call(c1, 'startklas.register', { participantId: id });
      if (r.status === 'booked') booked.push(id);
      else {
        waiting.push(id);
        expect(r.waitingPosition).toBe(waiting.length);
      }
      if (waiting.length === 2) break;
    }
    expect(waiting).toHaveLength(2);
    // Every intake moment in the horizon is full now.
    const full = rows<{ n: number }>('SELECT count(*) AS n FROM intake_bookings GROUP BY intake_id, date HAVING date > ?', DEMO_TODAY);
    expect(full.every((r) => r.n >= 1)).toBe(true);
    const freed = await call(c1, 'startklas.cancel', { participantId: booked[booked.length - 1]! });
    expect(freed.cancelled).toBe(true);
    expect(freed.movedUp?.id).toBe(waiting[0]);
    expect((await call(c1, 'startklas.register', { participantId: waiting[0]! })).status).toBe('booked');
    expect(await call(c1, 'startklas.register', { participantId: waiting[1]! })).toMatchObject({ status: 'waiting', waitingPosition: 1 });

    // The coordinator discards a proposal that held an intake seat: the next in line gets it at
    // once, without anyone registering again.
    const held = rows<{ id: number; week: string; p: string }>(
      `SELECT b.id, b.week_start AS week, b.participant_id AS p FROM intake_bookings b
       WHERE b.date > ? AND (SELECT count(*) FROM intake_bookings o WHERE o.intake_id = b.intake_id AND o.date = b.date) = 1
       ORDER BY b.date LIMIT 1`,
      DEMO_TODAY,
    )[0];
    expect(held, 'een intakemoment met één plaats bezet').toBeDefined();
    db.prepare("UPDATE intake_bookings SET status = 'proposed' WHERE id = ?").run(held!.id);
    const coord = await as('coordinator');
    await call(coord, 'proposal.discard', { weekStart: held!.week, confirmPublished: true });
    const after = (await call(c1, 'consultant.caseload', {})).items.find((i) => i.participant.id === waiting[1])!;
    const step = after.steps.find((x) => x.kind === 'startklasIntake')!;
    expect(step.waitingPosition).toBeNull();
    expect(step.booking).not.toBeNull();
    const moved = listAudit(db, { entityId: waiting[1]! }).find((a) => a.purpose === 'wachtlijst startklas' && a.action === 'create');
    expect(moved?.actor).toBe('coordinator');
  });

  it('enlists a client for the next group session in their language', async () => {
    const c1 = await as('consultant', 'C-01');
    const p = rows<{ id: string; language: string }>(
      `SELECT p.id, p.language FROM participants p WHERE p.consultant_id = 'C-01'
         AND NOT EXISTS (SELECT 1 FROM session_participants sp JOIN sessions s ON s.id = sp.session_id WHERE sp.participant_id = p.id AND s.kind = 'groupInfo')
         AND EXISTS (SELECT 1 FROM sessions s WHERE s.kind = 'groupInfo' AND s.language = p.language AND s.start_time > ?)`,
      `${DEMO_TODAY}T23:59`,
    )[0]!;
    const r = await call(c1, 'groupInfo.enlist', { participantId: p.id });
    expect(r.session?.language).toBe(p.language);
    expect(r.session!.start > DEMO_TODAY).toBe(true);
    expect(r.message).toMatch(/^Aangemeld/);
    expect((await call(c1, 'groupInfo.enlist', { participantId: p.id })).message).toMatch(/staat al/);
  });
});
