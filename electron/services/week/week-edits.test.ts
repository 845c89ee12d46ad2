// Edits of the coordinator's week through dispatch on the seeded demo region: session changes
// with audit, undo and redo, publishing, proposals and fixes.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/api/dispatch';
import type { AppEvent, CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { Db } from '../../../db/connection';
import { listAudit } from '../../../db/repositories/audit';
import { sessionDemandOf } from '../../../db/repositories/sessions';
import {
  makeSeatsProposed,
  addBareRoom,
  childcareBookingStatus,
  deleteRoom,
  demandStatus,
  firstChildId,
  firstOpenDemandOfKind,
  firstOpenDemandOutside,
  firstWeekdayDaypart,
  firstWithoutOpenDemand,
  makeProposed,
  proposedSessionCount,
  roomLocationId,
  storedSession,
  weekSessionRows,
} from '../../../db/repositories/week-test-queries';
import { callFails, callOk, coordinatorServices, DEMO_WEEK as W } from '../../../test/support/demo-services';
import type { ApiCtx } from '../../../shared/api/access';
import type { ApiErrorData } from '../../../shared/api/errors';
import { renderMsg } from '../../../shared/messages';

let db: Db;
let events: AppEvent[];
let dispatch: Dispatch<ApiCtx>;

beforeEach(() => {
  ({ db, events, dispatch } = coordinatorServices());
});

const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);
const fail = (name: CallName, input: unknown) => callFails(dispatch, name, input);
const session = (id: string) => storedSession(db, id)!;
const weekSessions = () => weekSessionRows(db, W);

/** A refusal's English, from its message; the ids a call named never show. */
function english(e: ApiErrorData, ...ids: string[]): string {
  expect(e.msg, e.message).toBeDefined();
  expect(renderMsg(e.msg!, 'nl')).toBe(e.message);
  const en = renderMsg(e.msg!, 'en');
  for (const id of ids) expect(en).not.toContain(id);
  return en;
}

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
    const noDemand = firstWithoutOpenDemand(db, 'groupInfo');
    const e = await fail('session.update', { sessionId: s.id, addParticipantIds: [noDemand] });
    expect(e).toMatchObject({ code: 'invalid_input', field: 'addParticipantIds' });
    expect(e.message).toMatch(/geen open vraag/);
    expect(english(e, noDemand)).toMatch(/ has no open request for a group information session\.$/);
    expect(await fail('session.update', { sessionId: s.id, start: '2026-12-01T09:00' })).toMatchObject({ code: 'invalid_input', field: 'start' });
    // In English, by what it was, never by the id the call named.
    expect(english(await fail('session.update', { sessionId: 'nope' }), 'nope')).toBe('This session does not exist (any more).');
    expect(english(await fail('session.update', { sessionId: s.id, roomId: 'R-X' }), 'R-X')).toBe('This room does not exist (any more).');
    expect(english(await fail('session.update', { sessionId: s.id, interpreterId: 'T-X' }), 'T-X')).toBe('This interpreter does not exist (any more).');
    expect(english(await fail('session.update', { sessionId: s.id, removeParticipantIds: ['P-X'] }), 'P-X')).toBe('This participant does not exist (any more).');
    const there = firstOpenDemandOutside(db, 'groupInfo', s.id).p;
    await call('session.update', { sessionId: s.id, addParticipantIds: [there] });
    expect(english(await fail('session.update', { sessionId: s.id, addParticipantIds: [there] }), there)).toMatch(/ is already in this group information session\.$/);
    const early = await fail('session.update', { sessionId: s.id, end: `${s.start.slice(0, 10)}T00:30` });
    expect(english(early)).toBe(`The end (00:30) must be after the start (${s.start.slice(11)}).`);
    expect(session(s.id).start).toBe(s.start);
  });

  it('adding and removing a participant goes through their open demand', async () => {
    const s = weekSessions().find((x) => x.kind === 'groupInfo')!;
    const p = firstOpenDemandOutside(db, 'groupInfo', s.id);
    await call('session.update', { sessionId: s.id, addParticipantIds: [p.p] });
    expect(demandStatus(db, p.d)).toBe('planned');
    expect(sessionDemandOf(db, s.id, p.p)).toBe(p.d);
    await call('session.update', { sessionId: s.id, removeParticipantIds: [p.p] });
    expect(demandStatus(db, p.d)).toBe('open');
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
    addBareRoom(db, { id: 'R-TIJDELIJK', locationId: roomLocationId(db, s.room), name: 'Tijdelijke zaal', capacity: 30 });
    await call('session.update', { sessionId: s.id, roomId: 'R-TIJDELIJK' });
    await call('history.undo', { weekStart: W });
    deleteRoom(db, 'R-TIJDELIJK');
    const e = await fail('history.redo', { weekStart: W });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/kan niet meer opnieuw worden uitgevoerd/);
    expect(session(s.id).room).toBe(s.room);
    expect((await call('history.state', { weekStart: W })).canRedo).toBe(true);
  });

  it('undo of a participant change reopens the demand and logs who was touched', async () => {
    const s = weekSessions().find((x) => x.kind === 'toets')!;
    const p = firstOpenDemandOfKind(db, 'toets');
    await call('session.update', { sessionId: s.id, addParticipantIds: [p.p] });
    await call('history.undo', { weekStart: W });
    expect(demandStatus(db, p.d)).toBe('open');
    const last = listAudit(db, { entity: 'booking', entityId: p.p })[0];
    expect(last).toMatchObject({ action: 'update', details: { type: 'undo', weekStart: W } });
  });

  it('a published week changes only with confirmation, and the confirmed change is logged', async () => {
    expect(await call('week.publish', { weekStart: W })).toEqual({ status: 'published' });
    const s = weekSessions()[0];
    const e = await fail('session.update', { sessionId: s.id, start: `${s.start.slice(0, 10)}T11:00` });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/gepubliceerd.*Bevestig/);
    expect(english(e, s.id)).toMatch(/^Week \d+ has already been published: .* Confirm that you want to change the published week \(change a session\)\.$/);
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
    makeProposed(db, [a.id, b.id, c.id]);
    expect(await call('proposal.accept', { weekStart: W, sessionIds: [a.id] })).toEqual({ accepted: 1, counts: { sessions: 1, trials: 0, intakes: 0, care: 0 } });
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
    expect(proposedSessionCount(db, W)).toBe(0);
  });

  it('the proposal lists everything accepting does, with the same counts as accept and discard report', async () => {
    const sessions = weekSessions().slice(0, 3);
    makeProposed(
      db,
      sessions.map((s) => s.id),
    );
    makeSeatsProposed(db, W);
    const view = await call('week.get', { weekStart: W });
    const seats = view.proposal!;
    expect(seats.trials.length).toBeGreaterThan(0);
    expect(seats.intakes.length + seats.care.length).toBeGreaterThan(0);
    // Names and places, no ids.
    expect(seats.trials[0]).toMatchObject({ participant: { name: expect.any(String) }, school: expect.not.stringMatching(/^S-/) });
    const expected = { sessions: 3, trials: seats.trials.length, intakes: seats.intakes.length, care: seats.care.length };
    const d = await call('proposal.discard', { weekStart: W });
    expect(d.counts).toEqual(expected);
    expect(d.discarded).toBe(3 + seats.trials.length + seats.intakes.length + seats.care.length);
    expect((await call('week.get', { weekStart: W })).proposal).toBeUndefined();
    await call('history.undo', { weekStart: W });
    const a = await call('proposal.accept', { weekStart: W });
    expect(a.counts).toEqual(expected);
    expect(a.accepted).toBe(d.discarded);
    expect((await call('week.get', { weekStart: W })).proposal).toBeUndefined();
  });

  it('fix.apply books a childcare seat as accepted and rejects unknown children', async () => {
    const slot = firstWeekdayDaypart(db);
    const child = firstChildId(db);
    const day = `2026-11-${22 + slot.weekday}`;
    const action = { type: 'bookChildcare' as const, childId: child, childcareId: slot.provider, slotStart: `${day}T${slot.start}` };
    await call('fix.apply', { weekStart: W, action });
    expect(childcareBookingStatus(db, child, action.slotStart)).toBe('accepted');
    expect((await call('history.state', { weekStart: W })).undoLabel).toMatch(/^Opvang geboekt voor /);
    expect(await fail('fix.apply', { weekStart: W, action: { ...action, childId: 'K-X' } })).toMatchObject({ code: 'not_found', field: 'action.childId' });
    expect(await fail('fix.apply', { weekStart: W, action: { ...action, slotStart: `${day}T03:00` } })).toMatchObject({ code: 'not_found', field: 'action.slotStart' });
  });
});
