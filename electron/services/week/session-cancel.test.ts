// Cancelling one session through dispatch with the access check: the participants' steps open
// again, the staff are free, the reason is in the audit log; in a published week the change list
// names everyone affected and each staff member's calendar carries the session as cancelled
// (read with ical.js: same UID, higher SEQUENCE); undo before publishing again restores it.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { sessionDemandOf } from '../../../db/repositories/sessions';
import { demandStatus, storedSession } from '../../../db/repositories/week-test-queries';
import { DEMO_WEEK as W } from '../../../test/support/demo-services';
import { as, call, db, fail, useDemoProfiles } from '../../../test/support/demo-profiles';
import { readCalendar } from '../../../test/support/ical';

useDemoProfiles();

/** A group information session of the demo week with an interpreter and participants. */
async function groupInfo() {
  const coord = await as('coordinator');
  const week = await call(coord, 'week.get', { weekStart: W });
  const s = week.sessions.find((x) => x.kind === 'groupInfo' && x.interpreter && x.participants.length > 1)!;
  const demands = s.participants.map((p) => sessionDemandOf(db, s.id, p.id)!);
  return { coord, s, demands };
}

describe('session.cancel', () => {
  it('removes the session, opens its participants’ steps again and logs the reason', async () => {
    const { coord, s, demands } = await groupInfo();
    for (const d of demands) expect(demandStatus(db, d)).toBe('planned');
    const out = await call(coord, 'session.cancel', { sessionId: s.id, reason: 'Zaal onbruikbaar door lekkage', expectedVersion: s.version });
    expect(out).toEqual({ weekStart: W, participantCount: s.participants.length });
    expect(storedSession(db, s.id)).toBeUndefined();
    for (const d of demands) expect(demandStatus(db, d)).toBe('open');
    const week = await call(coord, 'week.get', { weekStart: W });
    expect(week.sessions.some((x) => x.id === s.id)).toBe(false);

    const audit = listAudit(db, { limit: 100_000 }).filter((a) => a.purpose === 'Sessie geannuleerd in de weekplanning');
    expect(audit.find((a) => a.entity === 'session')).toMatchObject({
      action: 'delete',
      entityId: s.id,
      details: expect.objectContaining({ what: 'cancelled', reason: 'Zaal onbruikbaar door lekkage', participants: s.participants.length }),
    });
    expect(
      audit
        .filter((a) => a.entity === 'booking')
        .map((a) => a.entityId)
        .sort(),
    ).toEqual(s.participants.map((p) => p.id).sort());
    expect((await call(coord, 'history.state', { weekStart: W })).undoLabel).toMatch(/^Groepsvoorlichting van .* geannuleerd$/);
  });

  it('is undone with the week’s history: the session and its bookings come back', async () => {
    const { coord, s, demands } = await groupInfo();
    await call(coord, 'session.cancel', { sessionId: s.id });
    await call(coord, 'history.undo', { weekStart: W, confirmPublished: false });
    const back = (await call(coord, 'week.get', { weekStart: W })).sessions.find((x) => x.id === s.id);
    expect(back?.participants.map((p) => p.id).sort()).toEqual(s.participants.map((p) => p.id).sort());
    for (const d of demands) expect(demandStatus(db, d)).toBe('planned');
  });

  it('refuses a session changed meanwhile, one that is gone, and anyone but the coordinator', async () => {
    const { coord, s } = await groupInfo();
    expect(await fail(coord, 'session.cancel', { sessionId: s.id, expectedVersion: s.version + 5 })).toMatchObject({ code: 'stale' });
    expect(storedSession(db, s.id)).toBeDefined();
    const consultant = await as('consultant', s.consultant.id);
    expect(await fail(consultant, 'session.cancel', { sessionId: s.id })).toMatchObject({ code: 'forbidden' });
    await call(coord, 'session.cancel', { sessionId: s.id });
    expect(await fail(coord, 'session.cancel', { sessionId: s.id })).toMatchObject({ code: 'not_found', field: 'sessionId' });
  });

  it('in a published week: asks for confirmation, then lists everyone affected and sends the staff a cancellation', async () => {
    const { coord, s } = await groupInfo();
    await call(coord, 'week.publish', { weekStart: W });
    const staffIcs = async (kind: 'consultant' | 'interpreter', id: string) =>
      readCalendar((await call(coord, 'export.ics', { weekStart: W, person: { kind, id } })).content).events.find((e) => e.uid.startsWith(`${s.id}@`))!;
    const before = { consultant: await staffIcs('consultant', s.consultant.id), interpreter: await staffIcs('interpreter', s.interpreter!.id) };
    expect(before.consultant.status).toBe('CONFIRMED');

    const refused = await fail(coord, 'session.cancel', { sessionId: s.id });
    expect(refused).toMatchObject({ code: 'conflict', msg: { code: 'weekEdit.published' } });
    expect(storedSession(db, s.id)).toBeDefined();

    await call(coord, 'session.cancel', { sessionId: s.id, reason: 'Tolk ziek', confirmPublished: true });
    expect((await call(coord, 'week.get', { weekStart: W })).status).toBe('changed');
    const changes = await call(coord, 'week.changes', { weekStart: W });
    expect(changes.changes).toEqual([
      expect.objectContaining({ sessionId: s.id, what: 'cancelled', kind: 'groupInfo', after: null, before: expect.objectContaining({ start: s.start }) }),
    ]);
    expect(changes.affected.map((p) => [p.role, p.id, p.changes])).toEqual(
      expect.arrayContaining([
        ['consultant', s.consultant.id, [{ sessionId: s.id, what: 'cancelled' }]],
        ['interpreter', s.interpreter!.id, [{ sessionId: s.id, what: 'cancelled' }]],
        ...s.participants.map((p) => ['participant', p.id, [{ sessionId: s.id, what: 'cancelled' }]]),
      ]),
    );
    expect(changes.affected).toHaveLength(2 + s.participants.length);
    expect(changes.affected.find((p) => p.role === 'participant')!.name).not.toBe('');

    for (const [kind, id] of [
      ['consultant', s.consultant.id],
      ['interpreter', s.interpreter!.id],
    ] as const) {
      const after = await staffIcs(kind, id);
      expect(after.uid).toBe(before[kind].uid);
      expect(after.status).toBe('CANCELLED');
      expect(after.sequence).toBeGreaterThan(before[kind].sequence);
      expect(after.start).toBe(s.start);
    }
    // The confirmed change to a published week is logged with what it was.
    expect(listAudit(db, { limit: 100_000 }).some((a) => a.purpose === 'Wijziging in een gepubliceerde week' && JSON.stringify(a.details).includes('annuleren'))).toBe(true);

    // Published again: the week is as it is now, and the calendar keeps the cancellation at the same SEQUENCE.
    const cancelledSeq = (await staffIcs('consultant', s.consultant.id)).sequence;
    await call(coord, 'week.publish', { weekStart: W });
    expect((await call(coord, 'week.get', { weekStart: W })).status).toBe('published');
    expect(await staffIcs('consultant', s.consultant.id)).toMatchObject({ status: 'CANCELLED', sequence: cancelledSeq });
  });
});
