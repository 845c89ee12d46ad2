// createServices as a whole: the contract's input checks run before any service touches the
// database, and every call of the contract has a service.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../shared/api/dispatch';
import { contract } from '../../shared/api/contract';
import { openDatabase, type Db } from '../../db/connection';
import { seedDemoRegion } from '../../db/seed/demo-region';
import { createServices } from './index';
import { anonymousCtx, type ApiCtx } from '../../shared/api/access';

const ANCHOR = '2026-11-23';
let db: Db;
let dispatch: Dispatch<ApiCtx>;
let dbCalls = 0;

/** Counts every use of the database, to prove bad input never reaches it. */
function counting(real: Db): Db {
  return new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        dbCalls++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

beforeAll(() => {
  db = openDatabase(':memory:');
  seedDemoRegion(db, { seed: 2021, anchorWeekStart: ANCHOR });
  dispatch = createDispatch(createServices(counting(db), { version: '0.1.0-test', dataFile: '/tmp/keten.sqlite', today: () => '2026-11-25' }), {
    onInternalError: (name, err) => {
      throw new Error(`${name}: ${String(err)}`);
    },
  });
});

describe('services through dispatch', () => {
  it('rejects invalid input naming the field, without touching the database', async () => {
    const before = dbCalls;
    const bad = await dispatch('week.get', { weekStart: '2026-11-24' }, anonymousCtx());
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'weekStart' } });
    const tooMany = await dispatch('participants.search', { query: 'a', limit: 10_000 }, anonymousCtx());
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'limit' } });
    const extra = await dispatch('participants.search', { query: 'a', sql: 'drop table participants' }, anonymousCtx());
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dbCalls).toBe(before);
  });

  it('implements every call of the contract', () => {
    const services = createServices(db, { version: 'x', dataFile: 'x', today: () => ANCHOR });
    expect(Object.keys(services).sort()).toEqual(Object.keys(contract).sort());
  });
});
