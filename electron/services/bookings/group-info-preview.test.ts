// "Op de lijst zetten" shows first what it would do: the session (when, where, seats left), what
// it would break for the client (then booking needs "Toch boeken" with a reason), and books
// exactly the session shown; a session that filled up meanwhile is refused, not swapped.
import { describe, expect, it } from 'vitest';
import { clientForGroupInfo, makeBusyWorkingDays, setGroupInfoMaxSize } from '../../../db/repositories/test-helpers-demo';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { renderMsg } from '../../../shared/messages';
import { useDemoProfiles, db, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('group information preview', () => {
  it('names the session the enlist books, with its seats and no problems, and changes nothing', async () => {
    const c1 = await as('consultant', 'C-01');
    const p = clientForGroupInfo(db, 'C-01', `${DEMO_TODAY}T23:59`)!;
    const preview = await call(c1, 'groupInfo.preview', { participantId: p.id });
    expect(preview.already).toBe(false);
    expect(preview.session).not.toBeNull();
    expect(preview.session!.language).toBe(p.language);
    expect(preview.session!.freeSeats).toBeGreaterThan(0);
    expect(preview.problems).toEqual([]);
    // Looking books nothing.
    const caseload = await call(c1, 'consultant.caseload', { participantId: p.id });
    expect(caseload.items[0]!.steps.find((s) => s.kind === 'groupInfo')?.booking ?? null).toBeNull();

    const r = await call(c1, 'groupInfo.enlist', { participantId: p.id, sessionId: preview.session!.sessionId });
    expect(r.session!.sessionId).toBe(preview.session!.sessionId);
    const again = await call(c1, 'groupInfo.preview', { participantId: p.id });
    expect(again).toMatchObject({ already: true, session: { sessionId: preview.session!.sessionId, freeSeats: preview.session!.freeSeats - 1 } });
  });

  it('names what a session at a busy time breaks; booking it needs a reason and is marked afterwards', async () => {
    const c1 = await as('consultant', 'C-01');
    const p = clientForGroupInfo(db, 'C-01', `${DEMO_TODAY}T23:59`)!;
    makeBusyWorkingDays(db, p.id);
    const preview = await call(c1, 'groupInfo.preview', { participantId: p.id });
    expect(preview.session).not.toBeNull();
    expect(preview.problems.length).toBeGreaterThan(0);
    expect(preview.problems.map((w) => renderMsg(w.msg!, 'nl')).join(' ')).toMatch(/al bezet/);
    expect(preview.problems.map((w) => renderMsg(w.msg!, 'en')).join(' ')).not.toMatch(/al bezet/);
    // Before booking: what it would bring, not as if booked.
    expect(preview.problems.map((w) => renderMsg(w.msg!, 'nl')).join(' ')).toMatch(/al bezet .*, maar zou dan op .+ in de .+ staan\./);
    expect(preview.problems.map((w) => renderMsg(w.msg!, 'en')).join(' ')).toMatch(/, but would then be in the .+ on /);

    const refused = await fail(c1, 'groupInfo.enlist', { participantId: p.id, sessionId: preview.session!.sessionId });
    expect(refused).toMatchObject({ code: 'conflict', field: 'override' });
    const booked = await call(c1, 'groupInfo.enlist', { participantId: p.id, sessionId: preview.session!.sessionId, override: { reason: 'Werkgever geeft vrij' } });
    expect(booked.session!.sessionId).toBe(preview.session!.sessionId);
    const caseload = await call(c1, 'consultant.caseload', { participantId: p.id });
    const step = caseload.items[0]!.steps.find((s) => s.kind === 'groupInfo')!;
    expect(step.booking?.override?.reason).toBe('Werkgever geeft vrij');
    expect(step.booking?.override?.note).toMatch(/^Geboekt ondanks: .*al bezet .*, maar staat op /);
  });

  it('refuses a session that is not one of the client’s, and one that has no seat left', async () => {
    const c1 = await as('consultant', 'C-01');
    const p = clientForGroupInfo(db, 'C-01', `${DEMO_TODAY}T23:59`)!;
    const gone = await fail(c1, 'groupInfo.enlist', { participantId: p.id, sessionId: 'S-does-not-exist' });
    expect(gone).toMatchObject({ code: 'not_found', field: 'sessionId' });
    const preview = await call(c1, 'groupInfo.preview', { participantId: p.id });
    // Someone else took the last seat meanwhile: the session is full at its present count.
    const booked = 12 - preview.session!.freeSeats;
    expect(booked).toBeGreaterThan(0);
    setGroupInfoMaxSize(db, booked);
    const full = await fail(c1, 'groupInfo.enlist', { participantId: p.id, sessionId: preview.session!.sessionId });
    expect(full).toMatchObject({ code: 'conflict', field: 'sessionId' });
    expect(full.message).toMatch(/heeft intussen geen plaats meer/);
  });
});
