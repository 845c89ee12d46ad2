// participants.search through dispatch on the seeded demo region.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/api/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { Db } from '../../../db/connection';
import { firstWithKoppeling, openDemandKinds } from '../../../db/repositories/week-test-queries';
import { callOk, strictDemoServices } from '../../../test/support/demo-services';
import type { ApiCtx } from '../../../shared/api/access';

let db: Db;
let dispatch: Dispatch<ApiCtx>;

beforeAll(() => {
  ({ db, dispatch } = strictDemoServices());
});

const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);

describe('participants.search', () => {
  it('participants.search finds by Dutch language name, accent-free name and gemeente, and pages', async () => {
    const all = await call('participants.search', { limit: 500 });
    expect(all.total).toBe(all.items.length);
    const tigrinya = await call('participants.search', { query: 'TIGRINYA', limit: 500 });
    expect(tigrinya.total).toBeGreaterThan(0);
    expect(tigrinya.items.every((p) => p.language === 'ti' || p.otherLanguages.includes('ti'))).toBe(true);
    expect(tigrinya.total).toBe(all.items.filter((p) => p.language === 'ti' || p.otherLanguages.includes('ti')).length);

    const accented = all.items.filter((p) => /[çğışöüêî]/i.test(p.name));
    expect(accented.length).toBeGreaterThan(0);
    for (const person of accented) {
      const plain = person.name
        .replace(/[çğışöüêî]/gi, (c: string) => (({ ç: 'c', ğ: 'g', ı: 'i', ş: 's', ö: 'o', ü: 'u', ê: 'e', î: 'i' }) as Record<string, string>)[c.toLowerCase()] ?? c)
        .toUpperCase();
      const found = await call('participants.search', { query: plain, limit: 500 });
      expect(
        found.items.map((p) => p.id),
        plain,
      ).toContain(person.id);
    }

    const molenlanden = await call('participants.search', { query: 'molenlanden', limit: 500 });
    expect(molenlanden.items.every((p) => p.gemeente === 'Molenlanden')).toBe(true);
    expect(molenlanden.total).toBeGreaterThan(0);

    const page1 = await call('participants.search', { query: '', limit: 10, offset: 0 });
    const page2 = await call('participants.search', { query: '', limit: 10, offset: 10 });
    expect(page1.items).toHaveLength(10);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
    expect(page2.total).toBe(all.total);
  });

  it('participants.search gives the PIP term (deadline koppeling + 10 weeks) and open next steps', async () => {
    const row = firstWithKoppeling(db);
    const found = (await call('participants.search', { query: row.id })).items.find((p) => p.id === row.id)!;
    const expected = new Date(Date.parse(`${row.k}T00:00:00Z`) + 70 * 86_400_000).toISOString().slice(0, 10);
    expect(found.pip.deadline).toBe(expected);
    const open = openDemandKinds(db, row.id);
    expect(found.openDemands).toEqual(open);
  });
});
