// Audit rows in the caller's name: changes by the coordinator's calls, and every read of
// participant data with the profile and a purpose, once a day per person.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { clientIds, firstSessionSeat } from '../../../db/repositories/test-helpers-demo';
import { useDemoProfiles, NEXT_WEEK, db, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('profiles and access rules', () => {
  it('names the coordinator profile in the audit rows of the existing coordinator calls', async () => {
    const coord = await as('coordinator');
    const s = firstSessionSeat(db, NEXT_WEEK, 'groupInfo');
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
    expect(
      views('termijnen bewaken')
        .map((a) => a.entityId)
        .sort(),
    ).toEqual(terms.items.map((x) => x.participant.id).sort());
    // Looking again the same day adds nothing; the planning data used while dragging is logged too.
    const before = views('weekplanning bekijken').length;
    await call(coord, 'week.get', { weekStart: NEXT_WEEK });
    expect(views('weekplanning bekijken')).toHaveLength(before);
    const planning = await call(coord, 'week.planning', { weekStart: NEXT_WEEK });
    expect(views('weekplanning controleren')).toHaveLength(planning.instance.participants.length);
    // A consultant opening the booking options of a client leaves a row in their own name.
    const c1 = await as('consultant', 'C-01');
    const [client1] = clientIds(db, 'C-01').map((id) => ({ id }));
    await call(c1, 'trial.options', { participantId: client1!.id, weekStart: NEXT_WEEK });
    expect(listAudit(db, { entityId: client1!.id }).some((a) => a.actor === 'consultant:C-01' && a.action === 'view' && a.purpose === 'proeflessen boeken')).toBe(true);
  });
});
