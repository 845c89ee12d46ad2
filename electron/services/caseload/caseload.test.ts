// The consultant's caseload: own clients with terms, steps and household context; the PIP date.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/domain/week';
import { renderMsg } from '../../../shared/messages';
import { listAudit } from '../../../db/repositories/audit';
import { getParticipant } from '../../../db/repositories/participants';
import { clientIds, otherClientIds, clientsWithoutPip } from '../../../db/repositories/test-helpers-demo';
import { DEMO_WEEK } from '../../../test/support/demo-services';
import { useDemoProfiles, db, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('consultant', () => {
  it('shows only their own clients with terms, steps and household context, and logs the read', async () => {
    const c4 = await as('consultant', 'C-04');
    const all = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK });
    const mine = clientIds(db, 'C-04');
    expect(all.items.map((i) => i.participant.id).sort()).toEqual([...mine].sort());
    const h = all.items.find((i) => i.participant.id === 'P-029')!;
    expect(h.household?.partners.map((p) => p.id)).toEqual(['P-030']);
    expect(h.household?.children.find((c) => c.id === 'KND-017')).toMatchObject({ needsCare: true, ageMonths: 14 });
    const urgent = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK, urgency: 'urgent' });
    expect(urgent.items.every((i) => i.urgency === 'missed' || i.urgency === 'warning')).toBe(true);
    expect(urgent.items.length).toBeLessThan(all.items.length);
    const toets = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK, step: 'toets' });
    expect(toets.items.length).toBeGreaterThan(0);
    expect(toets.items.every((i) => i.steps.some((s) => s.kind === 'toets'))).toBe(true);
    const logged = listAudit(db).filter((a) => a.actor === 'consultant:C-04' && a.purpose === 'caseload consulent');
    expect(new Set(logged.map((a) => a.entityId)).size).toBe(mine.length);
  });

  it("asks the coordinator to choose a participant, in the reader's language", async () => {
    const coord = await as('coordinator');
    const err = await fail(coord, 'consultant.caseload', {});
    expect(err).toMatchObject({ code: 'invalid_input', field: 'participantId', msg: { code: 'caseload.pickParticipant' } });
    expect(renderMsg(err.msg!, 'en')).toBe('Choose a participant.');
    expect(renderMsg(err.msg!, 'nl')).toBe('Kies een deelnemer.');
  });

  it('records the day a client\u2019s PIP was set, and the term is met from then on', async () => {
    const c4 = await as('consultant', 'C-04');
    const [p] = clientsWithoutPip(db, 'C-04');
    const day = p!.k > '2026-11-01' ? p!.k : '2026-11-01';
    expect(await call(c4, 'pip.set', { participantId: p!.id, pipDate: day })).toEqual({ pip: expect.objectContaining({ state: day <= addDays(p!.k, 70) ? 'met' : 'missed' }) });
    const item = (await call(c4, 'consultant.caseload', {})).items.find((i) => i.participant.id === p!.id)!;
    expect(item.participant.pipDate).toBe(day);
    const coord = await as('coordinator');
    const term = (await call(coord, 'deadlines.list', { limit: 1000 })).items.find((i) => i.participant.id === p!.id)!;
    expect(term.pip.state).toBe(item.pip.state);
    expect(listAudit(db, { entityId: p!.id }).some((a) => a.action === 'update' && a.actor === 'consultant:C-04' && a.purpose === 'PIP vastgesteld')).toBe(true);

    expect(await fail(c4, 'pip.set', { participantId: p!.id, pipDate: '2027-01-04' })).toMatchObject({ code: 'invalid_input', field: 'pipDate' });
    const [other] = otherClientIds(db, 'C-04').map((id) => ({ id }));
    expect((await fail(c4, 'pip.set', { participantId: other!.id, pipDate: null })).code).toBe('forbidden');
    await call(c4, 'pip.set', { participantId: p!.id, pipDate: null });
    expect(getParticipant(db, p!.id)!.pipDate).toBeNull();
  });
});
