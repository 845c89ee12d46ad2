// Participant search as a consultant: their own caseload only, and the read logged.
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../db/repositories/audit';
import { clientIds } from '../../../db/repositories/test-helpers-demo';
import { useDemoProfiles, db, call, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

describe('profiles and access rules', () => {
  it('limits a consultant\u2019s participant search to their caseload', async () => {
    const c1 = await as('consultant', 'C-01');
    const found = await call(c1, 'participants.search', { query: '', limit: 500 });
    const mine = clientIds(db, 'C-01');
    expect(found.total).toBe(mine.length);
    expect(found.items.map((i) => i.id).sort()).toEqual(mine.sort());
    const logged = listAudit(db).filter((a) => a.actor === 'consultant:C-01' && a.purpose === 'deelnemers zoeken');
    expect(logged.map((a) => a.entityId).sort()).toEqual(mine.sort());
  });
});
