// Enlisting a client for the next group information session in their language.
import { describe, expect, it } from 'vitest';
import { clientForGroupInfo, setLanguageWithoutGroupInfo } from '../../../db/repositories/test-helpers-demo';
import { listAudit } from '../../../db/repositories/audit';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { useDemoProfiles, db, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('consultant', () => {
  it('enlists a client for the next group session in their language', async () => {
    const c1 = await as('consultant', 'C-01');
    const p = clientForGroupInfo(db, 'C-01', `${DEMO_TODAY}T23:59`)!;
    const r = await call(c1, 'groupInfo.enlist', { participantId: p.id });
    expect(r.session?.language).toBe(p.language);
    expect(r.session!.start > DEMO_TODAY).toBe(true);
    expect(r.message).toMatch(/^Aangemeld/);
    expect((await call(c1, 'groupInfo.enlist', { participantId: p.id })).message).toMatch(/staat al/);
  });

  it('puts a client on the list once: enlisting again logs nothing and the caseload says since when', async () => {
    const c1 = await as('consultant', 'C-01');
    const p = clientForGroupInfo(db, 'C-01', `${DEMO_TODAY}T23:59`)!;
    // No session has a seat: the client goes on the list the coordinator plans from.
    setLanguageWithoutGroupInfo(db, p.id);
    const listings = () => listAudit(db, { entity: 'participant', entityId: p.id }).filter((a) => (a.details as { list?: string } | null)?.list === 'groupInfo');
    const step = async () => (await call(c1, 'consultant.caseload', { participantId: p.id })).items[0]!.steps.find((s) => s.kind === 'groupInfo');
    expect((await step())?.listedOn).toBeUndefined();

    const first = await call(c1, 'groupInfo.enlist', { participantId: p.id });
    expect(first.session).toBeNull();
    expect(first.message).toMatch(/staat op de lijst voor groepsvoorlichting/);
    expect(listings()).toHaveLength(1);
    expect((await step())?.listedOn).toBe(DEMO_TODAY);

    const again = await call(c1, 'groupInfo.enlist', { participantId: p.id });
    expect(again.session).toBeNull();
    expect(again.msg.code).toBe('booking.groupInfo.alreadyListed');
    expect(again.message).toMatch(/ staat sinds .+ op de lijst voor groepsvoorlichting/);
    expect(listings()).toHaveLength(1);
    expect((await step())?.listedOn).toBe(DEMO_TODAY);
  });
});
