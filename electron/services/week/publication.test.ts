// Publishing a week and changing it afterwards, through dispatch with the access check: the
// week reads "changed" while it differs from what was published, week.changes lists the
// changes and everyone affected by name, and publishing again makes the week as it is now
// the published one.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { makeProposed, weekSessionRows } from '../../../db/repositories/week-test-queries';
import { DEMO_WEEK as W } from '../../../test/support/demo-services';
import { as, call, db, events, fail, useDemoProfiles } from '../../../test/support/demo-profiles';

useDemoProfiles();

/** A group information session of the demo week with an interpreter and participants, and a later start for it. */
async function groupInfoToMove() {
  const coord = await as('coordinator');
  const week = await call(coord, 'week.get', { weekStart: W });
  const s = week.sessions.find((x) => x.kind === 'groupInfo' && x.interpreter && x.participants.length > 1)!;
  const to = `${s.start.slice(0, 10)}T${s.start.slice(11) === '13:00' ? '14:00' : '13:00'}`;
  return { coord, s, to };
}

describe('a week changed after publication', () => {
  it('reads "changed" while it differs from what was published, and "published" again once it is back', async () => {
    const { coord, s, to } = await groupInfoToMove();
    expect((await call(coord, 'week.get', { weekStart: W })).status).toBe('concept');
    expect(await call(coord, 'week.changes', { weekStart: W })).toEqual({ weekStart: W, status: 'concept', publishedAt: null, changes: [], affected: [] });
    expect(await call(coord, 'week.publish', { weekStart: W })).toEqual({ status: 'published' });
    expect((await call(coord, 'week.get', { weekStart: W })).status).toBe('published');
    expect((await call(coord, 'week.changes', { weekStart: W })).publishedAt).toMatch(/^2026-11-25T11:/);

    await call(coord, 'session.update', { sessionId: s.id, start: to, confirmPublished: true });
    expect((await call(coord, 'week.get', { weekStart: W })).status).toBe('changed');
    await call(coord, 'session.update', { sessionId: s.id, start: s.start, confirmPublished: true });
    expect((await call(coord, 'week.get', { weekStart: W })).status).toBe('published');
    expect((await call(coord, 'week.changes', { weekStart: W })).changes).toEqual([]);
  });

  it('lists the moved session before and after, and its consultant, interpreter and participants by name', async () => {
    const { coord, s, to } = await groupInfoToMove();
    await call(coord, 'week.publish', { weekStart: W });
    await call(coord, 'session.update', { sessionId: s.id, start: to, confirmPublished: true });
    const out = await call(coord, 'week.changes', { weekStart: W });
    expect(out.status).toBe('changed');
    expect(out.changes).toEqual([
      {
        sessionId: s.id,
        what: 'moved',
        kind: 'groupInfo',
        language: s.language,
        before: expect.objectContaining({ start: s.start, end: s.end, consultant: s.consultant, interpreter: s.interpreter, participantCount: s.participants.length }),
        after: expect.objectContaining({ start: to, consultant: s.consultant, room: { id: s.room.id, name: s.room.name, locationName: s.room.locationName } }),
      },
    ]);
    expect(out.affected.map((p) => [p.role, p.name])).toEqual([
      ['consultant', s.consultant.name],
      ['interpreter', s.interpreter!.name],
      ...s.participants.map((p) => ['participant', p.name]).sort((a, b) => a[1]!.localeCompare(b[1]!, 'nl')),
    ]);
    for (const p of out.affected) expect(p.changes).toEqual([{ sessionId: s.id, what: 'moved' }]);
    // Each participant with the consultant who tells them.
    for (const p of out.affected.filter((x) => x.role === 'participant')) expect(p.consultant).toEqual(expect.any(String));
    const text = JSON.stringify(out.affected.map((p) => [p.name, p.consultant]));
    for (const p of s.participants) expect(text).not.toContain(p.id);
    // Seeing who must be told is reading their data: logged per person, with its purpose.
    const viewed = listAudit(db, { limit: 100_000 }).filter((a) => a.action === 'view' && a.purpose === 'betrokkenen informeren over een gewijzigde week');
    expect(viewed.map((a) => a.entityId).sort()).toEqual(s.participants.map((p) => p.id).sort());
  });

  it('a participant taken out of a published session is affected as cancelled; the others are not', async () => {
    const { coord, s } = await groupInfoToMove();
    await call(coord, 'week.publish', { weekStart: W });
    const [out, ...stay] = s.participants;
    await call(coord, 'session.update', { sessionId: s.id, removeParticipantIds: [out!.id], confirmPublished: true });
    const changes = await call(coord, 'week.changes', { weekStart: W });
    expect(changes.changes.map((c) => [c.sessionId, c.what])).toEqual([[s.id, 'changed']]);
    const participants = changes.affected.filter((p) => p.role === 'participant');
    expect(participants.map((p) => [p.name, p.changes[0]!.what])).toEqual([[out!.name, 'cancelled']]);
    for (const p of stay) expect(participants.some((x) => x.id === p.id)).toBe(false);
    expect(changes.affected.filter((p) => p.role !== 'participant').map((p) => p.changes[0]!.what)).toEqual(['changed', 'changed']);
  });

  it('a published session removed since is cancelled, and its people are told', async () => {
    const coord = await as('coordinator');
    const gone = weekSessionRows(db, W).find((x) => x.kind === 'toets')!;
    makeProposed(db, [gone.id]);
    await call(coord, 'week.publish', { weekStart: W });
    await call(coord, 'proposal.discard', { weekStart: W, confirmPublished: true });
    const out = await call(coord, 'week.changes', { weekStart: W });
    expect(out.changes.map((c) => [c.sessionId, c.what, c.after])).toEqual([[gone.id, 'cancelled', null]]);
    expect(out.affected.find((p) => p.role === 'consultant')).toMatchObject({ id: gone.consultant, changes: [{ sessionId: gone.id, what: 'cancelled' }] });
  });

  it('publishing again makes the week as it is now the published one, and is logged; publishing an unchanged week does nothing', async () => {
    const { coord, s, to } = await groupInfoToMove();
    await call(coord, 'week.publish', { weekStart: W });
    const logged = () => listAudit(db, { entity: 'week', entityId: W }).filter((r) => r.purpose.startsWith('Weekplanning'));
    expect(logged().map((r) => r.purpose)).toEqual(['Weekplanning gepubliceerd']);
    const emitted = events.length;
    expect(await call(coord, 'week.publish', { weekStart: W })).toEqual({ status: 'published' });
    expect(events.length).toBe(emitted);
    expect(logged()).toHaveLength(1);

    await call(coord, 'session.update', { sessionId: s.id, start: to, confirmPublished: true });
    expect(await call(coord, 'week.publish', { weekStart: W })).toEqual({ status: 'published' });
    expect(logged()[0]).toMatchObject({ action: 'update', purpose: 'Weekplanning opnieuw gepubliceerd na wijzigingen', details: { republished: true, changedSessions: 1 } });
    expect(events.at(-1)).toEqual({ type: 'week.changed', weekStart: W });
    expect(await call(coord, 'week.changes', { weekStart: W })).toMatchObject({ status: 'published', changes: [], affected: [] });
    // The published time is now the new one: moving back is a change again.
    await call(coord, 'session.update', { sessionId: s.id, start: s.start, confirmPublished: true });
    const back = await call(coord, 'week.changes', { weekStart: W });
    expect(back.changes.map((c) => [c.what, c.before?.start, c.after?.start])).toEqual([['moved', to, s.start]]);
  });

  it('only the coordinator sees the changes, and an impossible week is refused naming the field', async () => {
    expect(await fail(await as('consultant', 'C-04'), 'week.changes', { weekStart: W })).toMatchObject({ code: 'forbidden' });
    expect(await fail(await as('coordinator'), 'week.changes', { weekStart: '2026-11-24' })).toMatchObject({ code: 'invalid_input', field: 'weekStart' });
  });
});
