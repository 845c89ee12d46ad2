import { beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../shared/api/dispatch';
import { contract, type CallInput, type CallName, type CallOutput } from '../../shared/api/contract';
import { openDatabase, type Db } from '../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
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

async function call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const r = await dispatch(name, input, anonymousCtx());
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  // dispatch already validated against the contract; parse again so a test fails loudly if not.
  return contract[name].output.parse(r.data) as CallOutput<N>;
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
  it('app.info tells version, schema, file, region and today', async () => {
    expect(await call('app.info', {})).toEqual({
      version: '0.1.0-test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      dataFile: '/tmp/keten.sqlite',
      regionName: 'Regio Alblasserwaard-Vijfheerenlanden',
      today: '2026-11-25',
    });
  });

  it('region.overview counts what is stored', async () => {
    const o = await call('region.overview', {});
    expect(o.gemeenten).toEqual(['Gorinchem', 'Molenlanden', 'Vijfheerenlanden']);
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(o.counts).toEqual({
      participants: n('SELECT count(*) AS n FROM participants'),
      households: n('SELECT count(*) AS n FROM households'),
      children: n('SELECT count(*) AS n FROM children'),
      locations: n('SELECT count(*) AS n FROM locations'),
      rooms: n('SELECT count(*) AS n FROM rooms'),
      consultants: n('SELECT count(*) AS n FROM consultants'),
      interpreters: n('SELECT count(*) AS n FROM interpreters'),
      schools: 2,
      classes: n('SELECT count(*) AS n FROM classes'),
      childcareProviders: n('SELECT count(*) AS n FROM childcare_providers'),
    });
    expect(o.counts.participants).toBeGreaterThan(100);
  });

  it('week.get returns the sessions of the week with rooms, staff and participants', async () => {
    const week = await call('week.get', { weekStart: ANCHOR });
    expect(week).toMatchObject({ weekStart: ANCHOR, isoYear: 2026, isoWeek: 48, status: 'concept' });
    const stored = db.prepare('SELECT id FROM sessions WHERE week_start = ? ORDER BY start_time, id').all(ANCHOR) as { id: string }[];
    expect(week.sessions.map((s) => s.id)).toEqual(stored.map((s) => s.id));
    for (const s of week.sessions) {
      expect(s.start >= `${ANCHOR}T00:00` && s.start < '2026-11-30T00:00').toBe(true);
      expect(s.participantCount).toBe(s.participants.length);
      expect(s.room.gemeente).toMatch(/Gorinchem|Molenlanden|Vijfheerenlanden/);
      if (s.kind === 'groupInfo') expect(s.language).not.toBeNull();
      else expect(s.interpreter).toBeNull();
    }
    const withInterpreter = week.sessions.find((s) => s.interpreter);
    expect(withInterpreter?.interpreter?.name).toBeTruthy();
  });

  it('week.get of an empty week is an empty concept week', async () => {
    expect(await call('week.get', { weekStart: '2027-01-04' })).toEqual({ weekStart: '2027-01-04', isoYear: 2027, isoWeek: 1, status: 'concept', sessions: [] });
  });

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
      const plain = person.name.replace(/[çğışöüêî]/gi, (c: string) => ({ ç: 'c', ğ: 'g', ı: 'i', ş: 's', ö: 'o', ü: 'u', ê: 'e', î: 'i' } as Record<string, string>)[c.toLowerCase()] ?? c).toUpperCase();
      const found = await call('participants.search', { query: plain, limit: 500 });
      expect(found.items.map((p) => p.id), plain).toContain(person.id);
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

  it('participants.search gives the PIP deadline (koppeling + 10 weeks) and open next steps', async () => {
    const row = db.prepare("SELECT id, koppeling_date AS k FROM participants WHERE koppeling_date IS NOT NULL ORDER BY id LIMIT 1").get() as { id: string; k: string };
    const found = (await call('participants.search', { query: row.id })).items.find((p) => p.id === row.id)!;
    const expected = new Date(Date.parse(`${row.k}T00:00:00Z`) + 70 * 86_400_000).toISOString().slice(0, 10);
    expect(found.pipDeadline).toBe(expected);
    const open = (db.prepare("SELECT DISTINCT kind FROM demands WHERE participant_id = ? AND status = 'open' ORDER BY kind").all(row.id) as { kind: string }[]).map((d) => d.kind);
    expect(found.openDemands).toEqual(open);
  });

  it('rejects invalid input naming the field, without touching the database', async () => {
    const before = dbCalls;
    const bad = await dispatch('week.get', { weekStart: '2026-11-24' }, anonymousCtx());
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'weekStart' } });
    const tooMany = await dispatch('participants.search', { query: 'a', limit: 10_000 }, anonymousCtx());
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'limit' } });
    const extra = await dispatch('participants.search', { query: 'a', sql: 'DROP TABLE participants' }, anonymousCtx());
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dbCalls).toBe(before);
  });

  it('implements every call of the contract', () => {
    const services = createServices(db, { version: 'x', dataFile: 'x', today: () => ANCHOR });
    expect(Object.keys(services).sort()).toEqual(Object.keys(contract).sort());
  });
});
