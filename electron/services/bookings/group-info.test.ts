// Enlisting a client for the next group information session in their language.
import { describe, expect, it } from 'vitest';
import { clientForGroupInfo } from '../../../db/repositories/test-helpers-demo';
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
});
